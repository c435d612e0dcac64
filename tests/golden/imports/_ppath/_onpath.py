print("_onpath imported from PYTHONPATH")
