f(a
)
]
