x = (0, 0.0, False, -0.0, 0j, "", b"", None)
