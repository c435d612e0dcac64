try:
    pass
except* ValueError as eg:
    pass
except* (A, B):
    pass
