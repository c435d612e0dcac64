import sys
count = getattr(sys, "_coil_reload_count", 0) + 1
sys._coil_reload_count = count
print("_reload_mod body run", count)
