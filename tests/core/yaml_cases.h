#pragma once

// The YAML conversion table shared by tst_yaml (our result, exactly) and tst_yaml_kubectl
// (the same inputs through real kubectl, compared by JSON value). An empty `json` means the
// input must be refused (kubectl refuses it too, except where `kubectlDiffers` says why not).

#include <QList>

namespace yamlcases {

struct ScalarCase
{
    const char *scalar; // as written after "v: " (or before ": x" for keys)
    const char *json; // our compact JSON; "" = an error
    const char *kubectlDiffers = nullptr; // why kubectl's answer is not ours, if it is not
};

inline QList<ScalarCase> scalarCases()
{
    return {
        // YAML 1.1 booleans and nulls (go-yaml v2)
        {"yes", "true"}, {"no", "false"}, {"on", "true"}, {"off", "false"}, {"y", "true"},
        {"n", "false"}, {"Y", "true"}, {"N", "false"}, {"Yes", "true"}, {"NO", "false"},
        {"True", "true"}, {"TRUE", "true"}, {"False", "false"}, {"Off", "false"},
        {"null", "null"}, {"Null", "null"}, {"NULL", "null"}, {"~", "null"}, {"", "null"},
        {"nULL", "\"nULL\""}, {"yEs", "\"yEs\""}, {"tRUE", "\"tRUE\""},
        // integers: Go's ParseInt base 0 after removing underscores
        {"0", "0"}, {"-0", "0"}, {"+1", "1"}, {"0x1F", "31"}, {"0X1f", "31"}, {"0o17", "15"},
        {"017", "15"}, {"08", "8"}, {"09", "9"}, {"0b101", "5"}, {"-0b101", "-5"},
        {"0x_1F", "31"}, {"+0x1F", "31"}, {"-0x1F", "-31"}, {"1_000", "1000"},
        {"1__0", "10"}, {"1_", "1"}, {"_1", "\"_1\""}, {"0x", "\"0x\""}, {"0o", "\"0o\""},
        {"0o8", "\"0o8\""}, {"0b2", "\"0b2\""},
        {"9007199254740993", "9007199254740993"},
        {"-9223372036854775808", "-9223372036854775808"},
        {"12345678901234567890", "12345678901234567890",
         "kubectl keeps 64-bit unsigned integers only as float64 (12345678901234567000)"},
        {"18446744073709551615", "18446744073709551615",
         "kubectl keeps 64-bit unsigned integers only as float64 (18446744073709552000)"},
        {"0xFFFFFFFFFFFFFFFF", "18446744073709551615",
         "kubectl keeps 64-bit unsigned integers only as float64 (18446744073709552000)"},
        {"18446744073709551616", "18446744073709552000"},
        {"-9223372036854775809", "-9223372036854776000"},
        {"0x10000000000000000", "\"0x10000000000000000\""},
        // floats, written as Go's encoding/json does
        {"1e3", "1000"}, {"1E3", "1000"}, {"1e+3", "1000"}, {"1.5e3", "1500"}, {"1.0", "1"},
        {"3.", "3"}, {".5", "0.5"}, {"-.5", "-0.5"}, {"+.5", "0.5"}, {"0.1", "0.1"},
        {"1_0.5", "10.5"}, {"0.0", "0"}, {"-0.0", "-0", "kubectl writes 0 (same value)"},
        {"1e-7", "1e-7"}, {"0.000001", "0.000001"}, {"0.0000001", "1e-7"},
        {"1e20", "100000000000000000000"}, {"1e21", "1e+21"}, {"1.5e300", "1.5e+300"},
        {"100000000000000000000000", "1e+23"},
        {"123456789012345678901234", "1.2345678901234569e+23"}, {"1e-400", "0"},
{".5_0", "0.5"}, {"._5", "\"._5\""},
        {".5_", "\".5_\""}, {"0x1_F", "31"}, {"1e1_0", "10000000000"}, {"0b1_01", "5"},
        {"+0", "0"}, {"1.e5", "100000"}, {"00", "0"}, {"0_7", "7"}, {"+.5e1", "5"},
        {"1e", "\"1e\""}, {"0.1e-2", "0.001"}, {"1:2:3", "\"1:2:3\""},
        {"1e500", "\"1e500\""}, {".inf", ""}, {"-.Inf", ""}, {"+.INF", ""}, {".nan", ""},
        {".NaN", ""},
        // strings
        {"1.2.3", "\"1.2.3\""}, {".", "\".\""}, {"..", "\"..\""}, {"1:20", "\"1:20\""},
        {"190:20:30", "\"190:20:30\""}, {"2001-12-14", "\"2001-12-14\""},
        {"2001-12-14T21:59:43.10-05:00", "\"2001-12-14T21:59:43.10-05:00\""},
        {"2001-12-14 21:59:43", "\"2001-12-14 21:59:43\""}, {"=", "\"=\""},
        {"<<x", "\"<<x\""}, {"hello world", "\"hello world\""}, {"a:b", "\"a:b\""},
        {"-a", "\"-a\""}, {"ü", "\"ü\""},
        // quoting and tags
        {"\"017\"", "\"017\""}, {"'yes'", "\"yes\""}, {"\"\"", "\"\""}, {"''", "\"\""},
        {"\"1e3\"", "\"1e3\""}, {"'null'", "\"null\""}, {"!!str 1", "\"1\""},
        {"!!str ~", "\"~\""}, {"!!str yes", "\"yes\""}, {"!!int \"12\"", "12"},
        {"!!int 0x1F", "31"}, {"!!float 1", "1"}, {"!!float \"1.5\"", "1.5"},
        {"!!bool yes", "true"}, {"!!bool \"true\"", "true"}, {"!!null \"\"", "null"},
        {"!!binary aGk=", "\"hi\""}, {"!!timestamp 2001-12-14", "\"2001-12-14\""},
        {"!foo 12", "\"12\""}, {"!foo yes", "\"yes\""}, {"! 12", "\"12\""},
        {"!!int abc", ""}, {"!!int 1.5", ""}, {"!!bool 1", ""}, {"!!null x", ""},
        {"!!float .inf", ""}, {"!!float 1e500", ""}, {"!!binary \"!!!\"", ""},
        {"!!timestamp 12", ""}, {"!!int 99999999999999999999999", ""},
        // block scalars
        {"|\n  a\n  b", "\"a\\nb\\n\""}, {">-\n  a\n  b", "\"a b\""},
        {"|+\n  a\n", "\"a\\n\\n\""}, {"|2\n    a\n  b", "\"  a\\nb\\n\""},
    };
}

inline QList<ScalarCase> keyCases()
{
    return {
        {"1", "\"1\""}, {"true", "\"true\""}, {"yes", "\"true\""}, {"y", "\"true\""},
        {"n", "\"false\""}, {"Off", "\"false\""}, {"1.5", "\"1.5\""}, {"1e3", "\"1000\""},
        {"1e6", "\"1e+06\""}, {"0.1", "\"0.1\""}, {"123456789.5", "\"1.2345679e+08\""},
        {"0x1F", "\"31\""}, {"017", "\"15\""}, {"-0.0", "\"-0\""}, {".inf", "\".inf\""},
        {"-.inf", "\"-.inf\""}, {".nan", "\".nan\""}, {"\"1\"", "\"1\""},
        {"'yes'", "\"yes\""}, {"2001-12-14", "\"2001-12-14\""}, {"<<x", "\"<<x\""},
        {"\"<<\"", "\"<<\""}, {"!!str 1", "\"1\""}, {"~", ""}, {"null", ""},
        {"12345678901234567890", ""},
    };
}

struct DocumentCase
{
    const char *name;
    const char *yaml;
    const char *json;
    bool kubectl = true; // a map kubectl can read as an object's extra fields
};

inline QList<DocumentCase> documentCases()
{
    return {
        {"key order kept", "b: 1\na: 2\nc:\n  z: 1\n  w: 2\n",
         "{\"b\":1,\"a\":2,\"c\":{\"z\":1,\"w\":2}}"},
        {"literal block", "a: |\n  x\n   y\n\nb: 1\n", "{\"a\":\"x\\n y\\n\",\"b\":1}"},
        {"literal strip", "a: |-\n  x\n  y\n\n\nb: 1\n", "{\"a\":\"x\\ny\",\"b\":1}"},
        {"literal keep", "a: |+\n  keep\n\nb: 1\n", "{\"a\":\"keep\\n\\n\",\"b\":1}"},
        {"literal indentation indicator", "a: |2\n    x\n  y\n", "{\"a\":\"  x\\ny\\n\"}"},
        {"folded", "a: >\n  folded\n  text\n\n  para\n",
         "{\"a\":\"folded text\\npara\\n\"}"},
        {"folded strip", "a: >-\n  folded\n  text\n", "{\"a\":\"folded text\"}"},
        {"folded more-indented", "a: >\n  x\n    y\n  z\n", "{\"a\":\"x\\n  y\\nz\\n\"}"},
        {"plain multi-line", "a: one\n  two\n\n  three\n", "{\"a\":\"one two\\nthree\"}"},
        {"double-quoted multi-line", "a: \"one\n  two\"\n", "{\"a\":\"one two\"}"},
        {"single quotes", "a: 'it''s'\n", "{\"a\":\"it's\"}"},
        {"escapes", "a: \"q\\tx\\u00e9\\x41\\U0001F600\\n\\\"\\\\\"\n",
         "{\"a\":\"q\\txéA😀\\n\\\"\\\\\"}"},
        {"yaml 1.1 escapes", "a: \"\\N\\_\\L\\P\"\n", "{\"a\":\"\u0085\u00a0\u2028\u2029\"}"},
        {"control characters escaped in JSON", "a: \"\\x01\\e\\0\"\n",
         "{\"a\":\"\\u0001\\u001b\\u0000\"}"},
        {"flow collections", "a: {x: 1, w: [a, 'b', \"c\", {z: ~}]}\n",
         "{\"a\":{\"x\":1,\"w\":[\"a\",\"b\",\"c\",{\"z\":null}]}}"},
        {"anchors and aliases", "base: &b {x: 1}\nuse: *b\nlist: &l [1, *b]\nagain: *l\n",
         "{\"base\":{\"x\":1},\"use\":{\"x\":1},\"list\":[1,{\"x\":1}],\"again\":[1,{\"x\":1}]}"},
        // go-yaml v2 cannot read an alias as a key ("could not find expected ':'"); YAML can.
        {"scalar anchor as key", "k: &k name\n*k : v\n", "{\"k\":\"name\",\"name\":\"v\"}",
         false},
        {"merge key", "base: &b {p: 1, q: 2}\nm:\n  <<: *b\n  q: 3\n",
         "{\"base\":{\"p\":1,\"q\":2},\"m\":{\"p\":1,\"q\":3}}"},
        {"merge overrides earlier keys like go-yaml",
         "b: &b {p: 1, q: 2}\nm:\n  q: 3\n  <<: [*b, {z: 4, p: 5}]\n",
         "{\"b\":{\"p\":1,\"q\":2},\"m\":{\"q\":2,\"p\":1,\"z\":4}}"},
        {"quoted merge key is a key", "\"<<\": 1\n", "{\"<<\":1}"},
        {"comments", "# head\na: 1 # trailing\n# mid\nb: \"# not a comment\"\nc: x#y\n",
         "{\"a\":1,\"b\":\"# not a comment\",\"c\":\"x#y\"}"},
        {"empty values", "a:\nb: ~\nc: ''\nd: []\ne: {}\n",
         "{\"a\":null,\"b\":null,\"c\":\"\",\"d\":[],\"e\":{}}"},
        {"sequences", "s:\n- a\n- b: 1\n  c: 2\n- - x\n  - y\n-\n",
         "{\"s\":[\"a\",{\"b\":1,\"c\":2},[\"x\",true],null]}"},
        {"indented sequences", "s:\n  - a\n  - b\n", "{\"s\":[\"a\",\"b\"]}"},
        {"explicit key", "? a\n: 1\n", "{\"a\":1}"},
        {"json is yaml", "{\"a\": [1, 2.50, \"x\"], \"b\": null, \"c\": {\"d\": true}}",
         "{\"a\":[1,2.5,\"x\"],\"b\":null,\"c\":{\"d\":true}}", false},
        {"tags on collections", "a: !!map {x: 1}\nb: !!set {p, q}\nc: !!omap [x: 1]\nd: !!str [1]\n",
         "{\"a\":{\"x\":1},\"b\":{\"p\":null,\"q\":null},\"c\":[{\"x\":1}],\"d\":[1]}"},
        {"unicode", "ä: ö\n\"😀\": \"\\u263A\"\n", "{\"ä\":\"ö\",\"😀\":\"☺\"}"},
        {"large integers keep their digits",
         "a: 12345678901234567890\nb: 9007199254740993\nc: -9223372036854775808\n",
         "{\"a\":12345678901234567890,\"b\":9007199254740993,\"c\":-9223372036854775808}"},
        {"directive", "%YAML 1.2\n---\na: 1\n", "{\"a\":1}", false},
        {"top-level sequence", "- a\n- 1\n", "[\"a\",1]", false},
        {"top-level scalar", "just text\n", "\"just text\"", false},
        {"document end marker", "a: 1\n...\n", "{\"a\":1}"},
        {"kubernetes object",
         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\n"
         "spec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: web\n"
         "        image: nginx:1.25\n        args: [\"--port=80\", \"-v\"]\n"
         "        env:\n        - name: DEBUG\n          value: \"true\"\n",
         "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\","
         "\"labels\":{\"app\":\"web\"}},\"spec\":{\"replicas\":2,\"template\":{\"spec\":{"
         "\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.25\",\"args\":[\"--port=80\","
         "\"-v\"],\"env\":[{\"name\":\"DEBUG\",\"value\":\"true\"}]}]}}}}",
         false},
    };
}

} // namespace yamlcases
