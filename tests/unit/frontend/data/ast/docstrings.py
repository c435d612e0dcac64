"""Module doc."""
def f():
    """Func doc."""
class C:
    '''Class doc.'''
