from a import (b,
