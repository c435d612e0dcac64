f"{d['key']}"
f'{"nested"}'
f'''{x
}'''
f'{x:{"<"}10}'
