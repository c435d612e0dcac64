# dataclasses with typing: ClassVar, string annotations, InitVar by name, KW_ONLY by name
from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List, Optional


@dataclass
class Config:
    registry: ClassVar[dict] = {}
    count: typing.ClassVar[int] = 0
    name: str = "cfg"
    tags: List[str] = field(default_factory=list)
    parent: Optional[Config] = None
    seed: InitVar[int] = 7
    _: KW_ONLY
    verbose: bool = False

    def __post_init__(self, seed):
        Config.count += 1
        self.tags.append(str(seed))


c = Config("a", seed=3, verbose=True)
print(c, Config.count, [f.name for f in fields(Config)])
print({k: v._field_type for k, v in Config.__dataclass_fields__.items()})
print(Config.__dataclass_fields__["name"].type, Config.__init__.__annotations__)
print(typing.get_type_hints(Config)["tags"], Config.__doc__)
print(dataclasses.asdict(Config(parent=Config())))


@dataclass
class DC:
    a: dataclasses.InitVar[int]
    b: int = 0

    def __post_init__(self, a):
        self.b += a


print(DC(5), fields(DC)[0].name)
try:
    @dataclass
    class Bad:
        x: ClassVar[int] = field(default_factory=int)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print("TypeError:", e)
