#pragma once

// YAML <-> JSON as kubectl does it (sigs.k8s.io/yaml on top of go-yaml v2), but keeping the
// source's key order.
//
// Contract
// - JSON is exchanged as compact JSON *text* (QByteArray, UTF-8): QJsonObject sorts its keys,
//   so the text is the canonical form whenever key order matters (the editor, diffs, apply).
//   The QJsonDocument/QJsonValue overloads are conveniences for code that does not care.
// - Reading YAML: several documents (`---`, `...`); documents that hold nothing (only
//   comments, `---` alone, an explicit null) are skipped, as kubectl skips them. Block scalars,
//   flow collections, anchors and aliases (resolved into copies), merge keys (`<<`) work.
//   Plain scalars resolve like go-yaml v2 does for kubectl (YAML 1.1): `yes/no/on/off/y/n`
//   and `true/True/TRUE/...` are booleans, `~/null/Null/NULL` and empty are null, `0x1F`,
//   `0o17`, `017`, `1_000` are integers, `1e3`, `1.5` are floats (written as Go's JSON does:
//   `1000`, `1.5`); integers keep all their digits (up to 64-bit, unsigned too, where kubectl's
//   own output then rounds them through float64); quoted scalars
//   and block scalars stay strings; `.inf`/`.nan` are refused (JSON has no such number).
//   Keys that are not strings become their JSON text (`1: a` -> "1", `yes: b` -> "true");
//   a null key or a list/map as key are errors (as in kubectl). Duplicate keys (after that
//   conversion) are errors too, unlike kubectl, which silently keeps the last one: an editor
//   must not drop what a person wrote. A merge key may override keys (go-yaml v2 order rules).
//   Input must be UTF-8 without control characters.
// - Limits: nesting deeper than Limits::maxDepth, or aliases expanding to more than
//   Limits::maxNodes nodes / maxBytes of JSON ("billion laughs"), fail with a clear error
//   instead of hanging. tests/core/tst_yaml_kubectl checks the rules against real kubectl;
//   fuzz/ fuzzes all of this (see fuzz/README.md).
// - Errors: Error::Kind::Parse, a translated message, 1-based line and column in the whole
//   text (not per document; columns count UTF-16 code units, i.e. QString/QTextBlock
//   positions), and for multi-document input the message names the document
//   ("Document 2: ..."); Error::detail carries the parser's own words for the log.
// - Writing YAML: kubectl-like block style, 2-space indent, sequences under a key not indented,
//   strings quoted (double quotes) only where a reader would otherwise see something else
//   (`"yes"`, `"1.0"`, `"null"`, `""`, leading/trailing spaces, `: `, ` #`), multi-line strings
//   as literal block scalars (`|`, `|-`, `|+`). Reading the output back gives the same JSON
//   (numbers compare by value: `1.0` reads back as `1`, like kubectl).
// - Pure functions, no state, any thread.

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace scs::yaml {

struct Limits
{
    int maxDepth = 256; // nesting of maps and sequences, aliases included
    qsizetype maxNodes = 2'000'000; // scalars + collections after resolving aliases, per call
    qsizetype maxBytes = 64 * 1024 * 1024; // JSON text after resolving aliases, per call
};

struct Document
{
    QByteArray json; // compact JSON text, keys in source order
    int line = 1; // first line of the document's content in the source (1-based)
    int endLine = 1; // last line of its content
};

// All non-empty documents of a YAML stream, in order.
[[nodiscard]] Result<QList<Document>> toJson(QByteArrayView yamlText, const Limits &limits = {});
// Exactly one document; no document or several are errors (with the line of the second one).
[[nodiscard]] Result<QByteArray> toJsonSingle(QByteArrayView yamlText,
                                              const Limits &limits = {});
// Convenience (key order lost): toJsonSingle parsed by QJsonDocument. Large integers beyond
// 2^53 lose precision here, as everywhere in QJsonValue.
[[nodiscard]] Result<QJsonDocument> toJsonDocument(QByteArrayView yamlText,
                                                   const Limits &limits = {});

// JSON text (any JSON value; objects keep the text's key order) as a YAML document, ending
// with a newline. Fails with line/column on malformed JSON or duplicate keys.
[[nodiscard]] Result<QByteArray> toYaml(QByteArrayView jsonText, const Limits &limits = {});
// Several JSON texts as one multi-document YAML stream ("---" between them).
[[nodiscard]] Result<QByteArray> toYamlDocuments(const QList<QByteArray> &jsonTexts,
                                                 const Limits &limits = {});
// Convenience: keys in QJsonObject's (sorted) order.
[[nodiscard]] QByteArray toYaml(const QJsonValue &value);
[[nodiscard]] QByteArray toYaml(const QJsonDocument &document);

// Where a node is in the YAML text: the key's position for a map entry, the item's position
// for a sequence item (1-based line and column).
struct Location
{
    int line = 0;
    int column = 0;
    int depth = 0; // how many path elements were matched (== path.size() when exact)
};

// Kubernetes field path as the API server writes it in a Status' causes / field errors:
// "spec.topology.workers.machineDeployments[0].replicas" -> {"spec","topology","workers",
// "machineDeployments","0","replicas"}; "metadata.annotations[example.com/a.b]" and
// `metadata.labels["a.b"]` -> {"metadata","annotations","example.com/a.b"}. A leading "."
// or "$." is ignored.
[[nodiscard]] QStringList parseFieldPath(QStringView kubernetesFieldPath);

// The node at `path` (map keys / sequence indices as decimal text) in the `document`-th
// non-empty document (the index in toJson()'s list). std::nullopt when the text does not parse
// or the path does not exist there.
[[nodiscard]] std::optional<Location> locate(QByteArrayView yamlText, const QStringList &path,
                                             int document = 0);
// Like locate(), but when the path does not exist fully, the deepest node that does (a missing
// "Required value" field is marked on its parent); depth says how far it got. std::nullopt
// only when the document does not exist or does not parse.
[[nodiscard]] std::optional<Location> locateNearest(QByteArrayView yamlText,
                                                    const QStringList &path, int document = 0);

} // namespace scs::yaml
