f(**y, x)
