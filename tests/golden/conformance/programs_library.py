# Library management: classes with relationships, search, due dates with day arithmetic, reports
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None

    @property
    def available(self):
        return self.borrower is None

    def __repr__(self):
        return f"Book({self.title!r}, {self.year})"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}

    def __str__(self):
        return f"{self.name} ({len(self.loans)} loans)"


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0

    def add(self, *books):
        for b in books:
            if b.isbn in self.books:
                raise LibraryError(f"duplicate isbn {b.isbn}")
            self.books[b.isbn] = b

    def join(self, name):
        self.members[name] = m = Member(name)
        return m

    def lend(self, isbn, name, days=14):
        book, member = self.books[isbn], self.members[name]
        if not book.available:
            raise LibraryError(f"{book.title!r} is out with {book.borrower.name}")
        if len(member.loans) >= member.LIMIT:
            raise LibraryError(f"{member.name} reached the limit of {member.LIMIT}")
        book.borrower = member
        member.loans[isbn] = self.day + days

    def give_back(self, isbn):
        book = self.books[isbn]
        member = book.borrower
        due = member.loans.pop(isbn)
        book.borrower = None
        late = max(0, self.day - due)
        return late * 0.25

    def search(self, text):
        text = text.lower()
        return sorted((b for b in self.books.values() if text in b.title.lower() or text in b.author.lower()),
                      key=lambda b: b.year)


lib = Library()
lib.add(Book("1", "Dune", "Frank Herbert", 1965), Book("2", "Neuromancer", "William Gibson", 1984),
        Book("3", "Foundation", "Isaac Asimov", 1951), Book("4", "I, Robot", "Isaac Asimov", 1950))
ann, bob = lib.join("ann"), lib.join("bob")
print(lib.search("asimov"), lib.search("UN"), lib.search("zzz"))
lib.lend("1", "ann")
lib.lend("3", "ann", days=7)
for attempt in [("1", "bob"), ("2", "ann"), ("9", "bob"), ("2", "nobody")]:
    try:
        lib.lend(*attempt)
        print("lent", attempt)
    except LibraryError as e:
        print("LibraryError:", e)
    except KeyError as e:
        print("KeyError:", e)
try:
    lib.add(Book("2", "Copy", "X", 2000))
except LibraryError as e:
    print("LibraryError:", e)
print(ann, bob, [b for b in lib.books.values() if b.available])
lib.day = 10
print("fine for Foundation:", lib.give_back("3"))
lib.day = 20
print("fine for Dune:", lib.give_back("1"))
print(ann, sorted(ann.loans), all(b.available for b in lib.books.values()))
