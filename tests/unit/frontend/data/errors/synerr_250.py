x = a–b
