match x:
    case {'a': 1, 'b': c}:
        pass
    case {**rest}:
        pass
    case {1: _, K.V: v, **r}:
        pass
    case {}:
        pass
