x = a + b
