def chown(a, b):
    if a:
        try:
            if b:
                x()
            else:
                y()
        except OSError as e:
            raise E from e
