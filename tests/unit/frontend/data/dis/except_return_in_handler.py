def f():
    for i in range(3):
        try:
            g(i)
        except ValueError as e:
            continue
        except TypeError:
            break
        except:
            return e
