import os
import os.path
import os.path as osp
from os import path, sep as s
from . import x
from .. import y as z
