// Tokenizer tests: token streams (kinds, text, positions) for tricky inputs.
#include <gtest/gtest.h>

#include "frontend/tokenizer.h"

using namespace coil::frontend;

namespace {

const char* kind_name(TokKind k) {
  switch (k) {
  case TokKind::EndMarker:
    return "END";
  case TokKind::Name:
    return "NAME";
  case TokKind::Number:
    return "NUMBER";
  case TokKind::String:
    return "STRING";
  case TokKind::Op:
    return "OP";
  case TokKind::Newline:
    return "NEWLINE";
  case TokKind::Indent:
    return "INDENT";
  case TokKind::Dedent:
    return "DEDENT";
  case TokKind::Error:
    return "ERROR";
  }
  return "?";
}

// "KIND:text@line:col" joined by spaces (text omitted for layout tokens).
std::string stream(std::string_view src, bool positions = false) {
  Tokenizer tz(src);
  std::string out;
  for (int guard = 0; guard < 10000; guard++) {
    Token t = tz.next();
    if (!out.empty())
      out += ' ';
    out += kind_name(t.kind);
    if (t.kind == TokKind::Name || t.kind == TokKind::Number || t.kind == TokKind::String ||
        t.kind == TokKind::Op) {
      out += ':';
      out += std::string(t.ident());
    }
    if (positions)
      out += "@" + std::to_string(t.lineno) + ":" + std::to_string(t.col) + "-" +
             std::to_string(t.end_lineno) + ":" + std::to_string(t.end_col);
    if (t.kind == TokKind::EndMarker)
      break;
    if (t.kind == TokKind::Error) {
      if (tz.failed())
        out += "(" + tz.error().type + ": " + tz.error().message + ")";
      break;
    }
  }
  return out;
}

} // namespace

TEST(Tokenizer, SimpleStatement) {
  EXPECT_EQ(stream("x = 1\n"), "NAME:x OP:= NUMBER:1 NEWLINE END");
  EXPECT_EQ(stream("x = 1"), "NAME:x OP:= NUMBER:1 NEWLINE END");
  EXPECT_EQ(stream(""), "END");
  EXPECT_EQ(stream("\n\n# c\n"), "END");
}

TEST(Tokenizer, IndentDedent) {
  EXPECT_EQ(stream("if x:\n    y\n    z\nw\n"),
            "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT NAME:w NEWLINE END");
  EXPECT_EQ(stream("if x:\n  if y:\n    z\n"), "NAME:if NAME:x OP:: NEWLINE INDENT NAME:if NAME:y OP:: "
                                               "NEWLINE INDENT NAME:z NEWLINE DEDENT DEDENT END");
  // Blank and comment-only lines do not affect indentation.
  EXPECT_EQ(stream("if x:\n\n    # c\n    y\n"),
            "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT END");
  // Tabs count to the next multiple of 8.
  EXPECT_EQ(stream("if x:\n\ty\n\tz\n"),
            "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT END");
}

TEST(Tokenizer, IndentationErrors) {
  EXPECT_EQ(
      stream("if x:\n    a\n  b\n"),
      "NAME:if NAME:x OP:: NEWLINE INDENT NAME:a NEWLINE ERROR(IndentationError: unindent does not match any "
      "outer indentation level)");
  EXPECT_EQ(
      stream("if x:\n\ty\n        z\n"),
      "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE ERROR(TabError: inconsistent use of tabs and spaces "
      "in indentation)");
}

TEST(Tokenizer, ImplicitAndExplicitJoining) {
  EXPECT_EQ(stream("x = (1,\n     2)\n"), "NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE END");
  EXPECT_EQ(stream("x = 1 + \\\n  2\n"), "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE END");
  EXPECT_EQ(stream("[\n  1,\n\n  2]\n"), "OP:[ NUMBER:1 OP:, NUMBER:2 OP:] NEWLINE END");
  EXPECT_EQ(stream("a\\ b\n"),
            "NAME:a ERROR(SyntaxError: unexpected character after line continuation character)");
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(
      stream("0 00 0x1F 0o17 0b1_0 1_000 1.5 .5 1. 1e10 1E-5 1.5e+3 3j 1.5J 0_0 09.5 0777j"),
      "NUMBER:0 NUMBER:00 NUMBER:0x1F NUMBER:0o17 NUMBER:0b1_0 NUMBER:1_000 NUMBER:1.5 NUMBER:.5 NUMBER:1. "
      "NUMBER:1e10 NUMBER:1E-5 NUMBER:1.5e+3 NUMBER:3j NUMBER:1.5J NUMBER:0_0 NUMBER:09.5 NUMBER:0777j "
      "NEWLINE "
      "END");
  // A keyword directly after a number is allowed (CPython only warns).
  EXPECT_EQ(stream("1if x else 2"), "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE END");
  EXPECT_EQ(stream("1.__class__"), "ERROR(SyntaxError: invalid decimal literal)");
  EXPECT_EQ(stream("1__0"), "ERROR(SyntaxError: invalid decimal literal)");
  EXPECT_EQ(stream("0x"), "ERROR(SyntaxError: invalid hexadecimal literal)");
  EXPECT_EQ(stream("0o8"), "ERROR(SyntaxError: invalid digit '8' in octal literal)");
  EXPECT_EQ(stream("0b2"), "ERROR(SyntaxError: invalid digit '2' in binary literal)");
  EXPECT_EQ(stream("012"),
            "ERROR(SyntaxError: leading zeros in decimal integer literals are not permitted; use an "
            "0o prefix for octal integers)");
}

TEST(Tokenizer, Strings) {
  EXPECT_EQ(stream("'a' \"b\" '''c\nd''' r'\\n' b'x' Rb'y' f'{z}' rf\"w\" u'v'"),
            "STRING:'a' STRING:\"b\" STRING:'''c\nd''' STRING:r'\\n' STRING:b'x' STRING:Rb'y' STRING:f'{z}' "
            "STRING:rf\"w\" STRING:u'v' NEWLINE END");
  // Escaped quotes and backslash-newline inside strings.
  EXPECT_EQ(stream("'it\\'s' 'a\\\nb'"), "STRING:'it\\'s' STRING:'a\\\nb' NEWLINE END");
  // A name that is not a prefix stays a name.
  EXPECT_EQ(stream("ur'x'"), "NAME:ur STRING:'x' NEWLINE END");
  EXPECT_EQ(stream("s = 'abc\n"),
            "NAME:s OP:= ERROR(SyntaxError: unterminated string literal (detected at line 1))");
  EXPECT_EQ(stream("s = '''abc\n\nx"),
            "NAME:s OP:= ERROR(SyntaxError: unterminated triple-quoted string literal (detected at line 3))");
}

TEST(Tokenizer, Positions) {
  EXPECT_EQ(stream("é = 'ü'\n", true),
            "NAME:é@1:0-1:2 OP:=@1:3-1:4 STRING:'ü'@1:5-1:9 NEWLINE@1:9-1:9 END@1:-1-1:-1");
  EXPECT_EQ(stream("x = '''a\nb'''\n", true),
            "NAME:x@1:0-1:1 OP:=@1:2-1:3 STRING:'''a\nb'''@1:4-2:4 NEWLINE@2:4-2:4 END@2:-1-2:-1");
}

TEST(Tokenizer, OperatorsAndBrackets) {
  EXPECT_EQ(
      stream("a **= b // c -> d := e ... != <= >>= @ @="),
      "NAME:a OP:**= NAME:b OP:// NAME:c OP:-> NAME:d OP::= NAME:e OP:... OP:!= OP:<= OP:>>= OP:@ OP:@= "
      "NEWLINE END");
  EXPECT_EQ(stream("x)"), "NAME:x ERROR(SyntaxError: unmatched ')')");
  EXPECT_EQ(stream("(x]"), "OP:( NAME:x ERROR(SyntaxError: closing parenthesis ']' does not match opening "
                           "parenthesis '(')");
  // End of input inside brackets: an Error token that is not a failure (the parser reports it).
  EXPECT_EQ(stream("(x"), "OP:( NAME:x ERROR");
}

TEST(Tokenizer, UnicodeIdentifiers) {
  // NFKC normalisation: U+FB01 (fi ligature) and U+210C (script H).
  EXPECT_EQ(stream("\xef\xac\x81le \xe2\x84\x8c"), "NAME:file NAME:H NEWLINE END");
  EXPECT_EQ(stream("a\xe2\x82\xac"), "ERROR(SyntaxError: invalid character '\xe2\x82\xac' (U+20AC))");
  EXPECT_EQ(stream("\xe6\x97\xa5\xe6\x9c\xac"), "NAME:\xe6\x97\xa5\xe6\x9c\xac NEWLINE END");
}

TEST(Tokenizer, DecodeSource) {
  std::string out;
  TokError err;
  EXPECT_TRUE(decode_source("\xef\xbb\xbfx = 1\n", out, err));
  EXPECT_EQ(out, "x = 1\n");
  EXPECT_TRUE(decode_source("# -*- coding: latin-1 -*-\nx = '\xe9'\n", out, err));
  EXPECT_EQ(out, "# -*- coding: latin-1 -*-\nx = '\xc3\xa9'\n");
  EXPECT_FALSE(decode_source("# coding: nonesuch\n", out, err));
  EXPECT_EQ(err.message, "unknown encoding: nonesuch");
  TokError err2;
  EXPECT_FALSE(decode_source("x = 1\ny = '\xff'\n", out, err2));
  EXPECT_EQ(err2.lineno, 2);
  // A declaration on line 2 only counts when line 1 is a comment or blank.
  TokError err3;
  EXPECT_TRUE(decode_source("x = 1\n# coding: nonesuch\n", out, err3));
}
