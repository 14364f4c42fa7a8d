package io.github.khabar.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The few Python semantics the reference scorer relies on, so that {@link Evaluator} can be a line-by-line
 * port of {@code evaluate.py}. JSON values are held as Python holds them: {@code null} (None),
 * {@link Boolean}, {@link BigInteger} (int), {@link Double} (float), {@link String}, {@link List} and
 * {@link LinkedHashMap} (dict, insertion-ordered, a repeated key keeps its first position and last value).
 *
 * <p>Strings are Java strings; wherever Python counts or slices characters this class works on code points,
 * because a Python {@code str} is a sequence of code points. Stateless and thread-safe.
 */
final class EvalPy {
    private EvalPy() {}

    /** Which file a value came from, so that a type error in the data can name the file. */
    enum Src { GOLD, OUTPUT }

    /** What Python would raise (TypeError, KeyError, AttributeError) on data of the wrong shape. */
    static final class PyError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Src src;

        PyError(Src src, String message) {
            super(message);
            this.src = src;
        }
    }

    // ---------------------------------------------------------------- conversion from Jackson

    /** A Jackson tree as Python's {@code json.loads} would have returned it. */
    static Object fromJson(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) m.put(e.getKey(), fromJson(e.getValue()));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>(n.size());
            for (JsonNode v : n.values()) l.add(fromJson(v));
            return l;
        }
        if (n.isString()) return n.stringValue();
        if (n.isBoolean()) return n.booleanValue();
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        if (n.isNumber()) return n.doubleValue();
        throw new IllegalArgumentException("unexpected JSON node " + n.getNodeType());
    }

    // ---------------------------------------------------------------- truthiness, equality, hashing

    static boolean truthy(Object o) {
        if (o == null) return false;
        if (o instanceof Boolean b) return b;
        if (o instanceof BigInteger i) return i.signum() != 0;
        if (o instanceof Double d) return d != 0.0;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof List<?> l) return !l.isEmpty();
        if (o instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    /** {@code a or b}. */
    static Object or(Object a, Object b) {
        return truthy(a) ? a : b;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Boolean || o instanceof BigInteger || o instanceof Double;
    }

    private static BigDecimal exact(Object o) {
        if (o instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
        if (o instanceof BigInteger i) return new BigDecimal(i);
        return new BigDecimal((Double) o);
    }

    /** Python {@code ==} on JSON values. */
    static boolean eq(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x && (x.isNaN() || x.isInfinite())) return b instanceof Double y && x.equals(y) && !x.isNaN();
            if (b instanceof Double y && (y.isNaN() || y.isInfinite())) return false;
            return exact(a).compareTo(exact(b)) == 0;
        }
        if (a instanceof String s) return s.equals(b);
        if (a instanceof List<?> x) {
            if (!(b instanceof List<?> y) || x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!eq(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> x) {
            if (!(b instanceof Map<?, ?> y) || x.size() != y.size()) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !eq(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    /**
     * A key that is equal for values Python hashes and compares as equal ({@code 1 == 1.0 == True}); a list
     * or dict is unhashable.
     */
    static Object hashKey(Object o, Src src) {
        if (o == null) return "N";
        if (o instanceof String s) return "s" + s;
        if (isNumber(o)) {
            if (o instanceof Double d && (d.isNaN() || d.isInfinite())) return "f" + d;
            return "n" + exact(o).stripTrailingZeros().toPlainString();
        }
        throw new PyError(src, "unhashable type: '" + typeName(o) + "'");
    }

    static String typeName(Object o) {
        if (o == null) return "NoneType";
        if (o instanceof Boolean) return "bool";
        if (o instanceof BigInteger) return "int";
        if (o instanceof Double) return "float";
        if (o instanceof String) return "str";
        if (o instanceof List) return "list";
        if (o instanceof Map) return "dict";
        return o.getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- access

    /** {@code o.get(key)}: {@code o} must be a dict. */
    static Object get(Object o, String key, Src src) {
        if (o instanceof Map<?, ?> m) return m.get(key);
        throw new PyError(src, "'" + typeName(o) + "' object has no attribute 'get'");
    }

    /** {@code o.get(key, dflt)}. */
    static Object get(Object o, String key, Object dflt, Src src) {
        if (o instanceof Map<?, ?> m) return m.containsKey(key) ? m.get(key) : dflt;
        throw new PyError(src, "'" + typeName(o) + "' object has no attribute 'get'");
    }

    /** {@code o[key]} with a string key: {@code o} must be a dict that has the key. */
    static Object item(Object o, Object key, Src src) {
        if (o instanceof Map<?, ?> m) {
            hashKey(key, src);
            if (key instanceof String && m.containsKey(key)) return m.get(key);
            throw new PyError(src, "KeyError: " + repr(key));
        }
        if (o instanceof String || o instanceof List) {
            throw new PyError(src, typeName(o) + " indices must be integers or slices, not " + typeName(key));
        }
        throw new PyError(src, "'" + typeName(o) + "' object is not subscriptable");
    }

    /** {@code key in o}. */
    static boolean in(Object key, Object o, Src src) {
        if (o instanceof List<?> l) {
            for (Object x : l) if (eq(key, x)) return true;
            return false;
        }
        if (o instanceof String s) {
            if (key instanceof String k) return s.contains(k);
            throw new PyError(src, "'in <string>' requires string as left operand, not " + typeName(key));
        }
        if (o instanceof Map<?, ?> m) {
            hashKey(key, src);
            return key instanceof String && m.containsKey(key);
        }
        throw new PyError(src, "argument of type '" + typeName(o) + "' is not iterable");
    }

    /** {@code list(o)}: a list's items, a string's characters, a dict's keys. */
    static List<Object> iter(Object o, Src src) {
        if (o instanceof List<?> l) return new ArrayList<>(l);
        if (o instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        if (o instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        throw new PyError(src, "'" + typeName(o) + "' object is not iterable");
    }

    /** {@code list(o or [])}. */
    static List<Object> iterOrEmpty(Object o, Src src) {
        return truthy(o) ? iter(o, src) : new ArrayList<>();
    }

    /** {@code a + b} for two lists or two strings. */
    static Object add(Object a, Object b, Src src) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> l = new ArrayList<>(x);
            l.addAll(y);
            return l;
        }
        if (a instanceof String x && b instanceof String y) return x + y;
        throw new PyError(src, "unsupported operand types for +: '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** The string {@code o} or a TypeError: for {@code str.upper()}, {@code unicodedata.normalize} and the like. */
    static String string(Object o, Src src, String what) {
        if (o instanceof String s) return s;
        throw new PyError(src, what + ": expected str, got " + typeName(o));
    }

    /** {@code s.upper()}. */
    static String upper(Object o, Src src) {
        if (o instanceof String s) return s.toUpperCase(java.util.Locale.ROOT);
        throw new PyError(src, "'" + typeName(o) + "' object has no attribute 'upper'");
    }

    /** {@code sep.join(items)}. */
    static String join(String sep, Object items, Src src) {
        StringBuilder b = new StringBuilder();
        List<Object> l = iter(items, src);
        for (int i = 0; i < l.size(); i++) {
            if (!(l.get(i) instanceof String s)) {
                throw new PyError(src, "sequence item " + i + ": expected str instance, " + typeName(l.get(i)) + " found");
            }
            if (i > 0) b.append(sep);
            b.append(s);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- strings by code point

    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[from:to]} for {@code 0 <= from}, {@code to} may be {@code Integer.MAX_VALUE}. */
    static String cpSlice(String s, int from, int to) {
        int n = cpLen(s);
        int a = Math.min(from, n);
        int b = Math.min(to, n);
        if (a >= b) return "";
        return s.substring(s.offsetByCodePoints(0, a), s.offsetByCodePoints(0, b));
    }

    /** {@code s.isdigit()}: non-empty and every character of numeric type Decimal or Digit. */
    static boolean isDigit(String s) {
        if (s.isEmpty()) return false;
        return s.codePoints().allMatch(cp -> {
            int t = UCharacter.getIntPropertyValue(cp, UProperty.NUMERIC_TYPE);
            return t == UCharacter.NumericType.DECIMAL || t == UCharacter.NumericType.DIGIT;
        });
    }

    /** Python's {@code str.isspace()} for one code point (the same set as {@code \s} in a {@code str} regex). */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** The Python whitespace set as a regex character class body. */
    static final String SPACE_CLASS =
            "\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

    /** {@code s.strip()}. */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    /** {@code s.splitlines()}. */
    static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean br = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
                    || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (br) {
                out.add(s.substring(start, i));
                i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) out.add(s.substring(start));
        return out;
    }

    /** What Python's text-mode {@code open(...).read()} does to line ends: {@code \r\n} and {@code \r} become {@code \n}. */
    static String universalNewlines(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    // ---------------------------------------------------------------- str(), repr(), json.dumps

    /** Python {@code str(o)}. */
    static String str(Object o) {
        if (o instanceof String s) return s;
        return repr(o);
    }

    /** Python {@code repr(o)}. */
    static String repr(Object o) {
        if (o == null) return "None";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof BigInteger i) return i.toString();
        if (o instanceof Double d) {
            if (d.isNaN()) return "nan";
            if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
            return floatRepr(d);
        }
        if (o instanceof String s) return strRepr(s);
        if (o instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) b.append(i > 0 ? ", " : "").append(repr(l.get(i)));
            return b.append(']').toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                first = false;
            }
            return b.append('}').toString();
        }
        return String.valueOf(o);
    }

    private static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(cp -> {
            if (cp == q || cp == '\\') b.append('\\').appendCodePoint(cp);
            else if (cp == '\n') b.append("\\n");
            else if (cp == '\r') b.append("\\r");
            else if (cp == '\t') b.append("\\t");
            else if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0)) b.append(String.format("\\x%02x", cp));
            else b.appendCodePoint(cp);
        });
        return b.append(q).toString();
    }

    /** Python's {@code repr(float)}: the shortest string that reads back as the same double. */
    static String floatRepr(double d) {
        if (d == 0.0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(d);
        BigDecimal r = exact;
        for (int p = 1; p <= 17; p++) {
            r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) break;
        }
        r = r.stripTrailingZeros();
        String digits = r.unscaledValue().abs().toString();
        int decpt = digits.length() - r.scale(); // value = 0.digits * 10^decpt
        String sign = d < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** Python's {@code format(d, '.2f')}: the exact binary value rounded half to even. */
    static String format2f(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String s = new BigDecimal(d).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return (d < 0 || (d == 0.0 && 1 / d < 0)) && !s.startsWith("-") ? "-" + s : s;
    }

    /** {@code json.dumps(o, ensure_ascii=False)}. */
    static String dumps(Object o) {
        StringBuilder b = new StringBuilder();
        dump(o, b, -1, 0);
        return b.toString();
    }

    /** {@code json.dumps(o, ensure_ascii=False, indent=indent)}. */
    static String dumps(Object o, int indent) {
        StringBuilder b = new StringBuilder();
        dump(o, b, indent, 0);
        return b.toString();
    }

    private static void dump(Object o, StringBuilder b, int indent, int level) {
        if (o == null) b.append("null");
        else if (o instanceof Boolean x) b.append(x ? "true" : "false");
        else if (o instanceof BigInteger i) b.append(i);
        else if (o instanceof Integer i) b.append(i);
        else if (o instanceof Double d) {
            if (d.isNaN()) b.append("NaN");
            else if (d.isInfinite()) b.append(d > 0 ? "Infinity" : "-Infinity");
            else b.append(floatRepr(d));
        } else if (o instanceof String s) dumpString(s, b);
        else if (o instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) b.append(indent < 0 ? ", " : ",");
                newline(b, indent, level + 1);
                dump(l.get(i), b, indent, level + 1);
            }
            newline(b, indent, level);
            b.append(']');
        } else if (o instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) b.append(indent < 0 ? ", " : ",");
                first = false;
                newline(b, indent, level + 1);
                dumpString(String.valueOf(e.getKey()), b);
                b.append(": ");
                dump(e.getValue(), b, indent, level + 1);
            }
            newline(b, indent, level);
            b.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + o.getClass());
        }
    }

    private static void newline(StringBuilder b, int indent, int level) {
        if (indent >= 0) b.append('\n').append(" ".repeat(indent * level));
    }

    private static void dumpString(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
