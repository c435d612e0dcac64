print("running _ipkg._broken")
raise ValueError("broken at import")
