# NameError suggestions from local and global names.
counter_value = 0
def compute():
    total_count = 5
    return total_cont + 1
print("calling compute")
compute()
