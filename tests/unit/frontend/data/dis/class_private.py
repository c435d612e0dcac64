class A:
    __x = 1
    def m(self):
        return self.__x
