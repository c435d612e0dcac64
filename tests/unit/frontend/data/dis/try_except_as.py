def f():
    try:
        g()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
