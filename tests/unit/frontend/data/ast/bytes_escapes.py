a = b'\n\t\x41\101\''
b = b"'"
c = b'\x80\xfe'
d = b'\q'
