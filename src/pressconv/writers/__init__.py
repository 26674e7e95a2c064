"""Writers: each turns a Release into the bytes of one output format."""
