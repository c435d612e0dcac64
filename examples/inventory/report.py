def format_table(title, rows):
    lines = [title, "-" * len(title)]
    for item in rows:
        lines.append(f"{item.name:<10} {item.quantity:>4} x {item.price:>6.2f} = {item.value:>8.2f}")
    return "\n".join(lines)
