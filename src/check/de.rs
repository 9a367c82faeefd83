//! Typed records straight from the located tree: a serde `Deserializer` over the AST.
//!
//! Errors are structured, not read back from serde's English messages: serde reports an
//! unknown field, a missing field, a value outside a vocabulary or a wrong type through the
//! matching `serde::de::Error` constructor, which records the [`Code`]; the access that
//! produced the value adds its JSON pointer. Every unknown and duplicated key of an object is
//! reported (not just the first), and an object written as a JSON array is refused (serde
//! would otherwise read a struct from an array of its field values in order).

use super::tree::{pointer_token, Tree};
use super::{nearest, Code, Diagnostic};
use jsonc_parser::ast::{ObjectProp, Value as Ast};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};
use std::cell::RefCell;
use std::fmt;

/// A problem found while reading a typed value, before it is located in its file.
#[derive(Debug)]
pub(crate) struct Problem {
    pointer: Option<String>,
    code: Code,
    message: String,
    help: String,
}

impl Problem {
    fn new(code: Code, message: String, help: impl Into<String>) -> Self {
        Problem {
            pointer: None,
            code,
            message,
            help: help.into(),
        }
    }

    /// Sets the pointer (and, for a wrong type, what was found) if no inner access did.
    fn at(mut self, path: &Path<'_>, node: &Ast<'_>) -> Self {
        if self.pointer.is_none() {
            self.pointer = Some(path.pointer());
            if self.code == Code::WrongType {
                self.message = format!("{}, found {}", self.message, describe(node));
            }
        }
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Problem {}

impl de::Error for Problem {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let message = msg.to_string();
        let help = if message.starts_with("invalid date") {
            "write the date as YYYY, YYYY-MM or YYYY-MM-DD at the precision the source gives"
        } else {
            "correct the value; {schema} describes every field"
        };
        Problem::new(Code::InvalidValue, message, help)
    }

    fn invalid_type(_: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        let expected = expected.to_string();
        let expected = match expected.as_str() {
            e if e.starts_with("struct ") => "an object",
            "a sequence" => "a list",
            "a borrowed string" => "a string",
            e => e,
        };
        Problem::new(
            Code::WrongType,
            format!("wrong type: expected {expected}"),
            "see the field's type in {schema}",
        )
    }

    fn unknown_variant(value: &str, expected: &'static [&'static str]) -> Self {
        let help = match nearest(value, expected.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "use one of the listed values".into(),
        };
        Problem::new(
            Code::UnknownValue,
            format!(
                "unknown value `{value}` (expected one of: {})",
                expected.join(", ")
            ),
            help,
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        unknown_field(field, expected)
    }

    fn missing_field(field: &'static str) -> Self {
        Problem::new(
            Code::MissingField,
            format!("missing required field `{field}`"),
            format!("add `{field}`; {{schema}} lists every field with its meaning"),
        )
    }

    fn duplicate_field(field: &'static str) -> Self {
        duplicate_field(field)
    }
}

fn unknown_field(field: &str, expected: &[&str]) -> Problem {
    let help = match nearest(field, expected.iter().copied()) {
        Some(s) => format!("did you mean `{s}`? Unknown fields are never dropped silently"),
        None => format!(
            "remove the field or fix its spelling (the fields are: {}); unknown fields are never dropped silently",
            expected.join(", ")
        ),
    };
    Problem::new(Code::UnknownField, format!("unknown field `{field}`"), help)
}

fn duplicate_field(field: &str) -> Problem {
    Problem::new(
        Code::DuplicateField,
        format!("the key `{field}` appears twice in this object"),
        "keep one of the two entries",
    )
}

fn describe(node: &Ast<'_>) -> &'static str {
    match node {
        Ast::StringLit(_) => "a string",
        Ast::NumberLit(_) => "a number",
        Ast::BooleanLit(_) => "a boolean",
        Ast::NullKeyword(_) => "null",
        Ast::Array(_) => "a list",
        Ast::Object(_) => "an object",
    }
}

/// Reads a `T` from the tree. On failure, every problem found, located in the tree's file;
/// `schema` names the schema file that describes `T`, for the help texts.
pub(crate) fn from_tree<T: DeserializeOwned>(
    tree: &Tree<'_>,
    schema: &str,
) -> Result<T, Vec<Diagnostic>> {
    let sink = RefCell::new(Vec::new());
    let result = T::deserialize(De {
        node: &tree.root,
        path: Path::Root,
        sink: &sink,
    })
    .map_err(|e| e.at(&Path::Root, &tree.root));
    let mut problems = sink.into_inner();
    match result {
        Ok(v) if problems.is_empty() => return Ok(v),
        Ok(_) => {}
        Err(e) => problems.push(e),
    }
    Err(problems
        .into_iter()
        .map(|p| {
            let help = p.help.replace("{schema}", schema);
            tree.diagnostic(p.pointer.unwrap_or_default(), p.code, p.message, help)
        })
        .collect())
}

/// Where a value is in the tree: built as the reader descends, turned into a JSON pointer
/// only when a problem is reported (most values have none).
#[derive(Clone, Copy)]
enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    fn pointer(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Key(parent, key) => format!("{}/{}", parent.pointer(), pointer_token(key)),
            Path::Index(parent, i) => format!("{}/{i}", parent.pointer()),
        }
    }
}

/// A deserializer for one value of the tree.
struct De<'a, 't, 'p> {
    node: &'a Ast<'t>,
    path: Path<'p>,
    /// Problems that do not stop reading (unknown and duplicated keys).
    sink: &'a RefCell<Vec<Problem>>,
}

impl<'a, 't, 'p> De<'a, 't, 'p> {
    /// Reads a value inside this one (an element or a field) at `path`; its problems that no
    /// inner access located are located there.
    fn child<'de, S: DeserializeSeed<'de>>(
        &self,
        node: &'a Ast<'t>,
        path: Path<'_>,
        seed: S,
    ) -> Result<S::Value, Problem>
    where
        'a: 'de,
    {
        let child = De {
            node,
            path,
            sink: self.sink,
        };
        seed.deserialize(child).map_err(|e| e.at(&path, node))
    }

    fn key_problem(&self, mut problem: Problem, name: &str) {
        problem.pointer = Some(Path::Key(&self.path, name).pointer());
        self.sink.borrow_mut().push(problem);
    }

    /// Reports each key that appears more than once (the last one is read).
    fn duplicates(&self, props: &[ObjectProp<'t>]) {
        for (i, p) in props.iter().enumerate() {
            let name = p.name.as_str();
            if props[..i].iter().any(|q| q.name.as_str() == name) {
                self.key_problem(duplicate_field(name), name);
            }
        }
    }

    fn map<'de, V: Visitor<'de>>(
        &self,
        props: &'a [ObjectProp<'t>],
        fields: Option<&'static [&'static str]>,
        visitor: V,
    ) -> Result<V::Value, Problem>
    where
        'a: 'de,
    {
        self.duplicates(props);
        let mut kept = Vec::with_capacity(props.len());
        for (i, p) in props.iter().enumerate() {
            let name = p.name.as_str();
            if props[i + 1..].iter().any(|q| q.name.as_str() == name) {
                continue;
            }
            match fields {
                Some(fields) if !fields.contains(&name) => {
                    self.key_problem(unknown_field(name, fields), name);
                }
                _ => kept.push(p),
            }
        }
        visitor.visit_map(Map {
            de: self,
            props: kept.into_iter(),
            value: None,
        })
    }
}

impl<'de, 'a: 'de, 't> de::Deserializer<'de> for De<'a, 't, '_> {
    type Error = Problem;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Problem> {
        match self.node {
            Ast::StringLit(s) => visitor.visit_str(&s.value),
            Ast::NumberLit(n) => {
                if let Ok(u) = n.value.parse::<u64>() {
                    visitor.visit_u64(u)
                } else if let Ok(i) = n.value.parse::<i64>() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.value.parse::<f64>().unwrap_or(f64::NAN))
                }
            }
            Ast::BooleanLit(b) => visitor.visit_bool(b.value),
            Ast::NullKeyword(_) => visitor.visit_unit(),
            Ast::Array(a) => visitor.visit_seq(Seq {
                de: &self,
                elements: a.elements.iter().enumerate(),
            }),
            Ast::Object(o) => self.map(&o.properties, None, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Problem> {
        match self.node {
            Ast::NullKeyword(_) => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Problem> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Problem> {
        match self.node {
            Ast::Object(o) => self.map(&o.properties, Some(fields), visitor),
            Ast::Array(_) => Err(Problem::new(
                Code::WrongType,
                "expected a JSON object with named fields".into(),
                "write it as a JSON object with named fields, as {schema} describes",
            )),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Problem> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map enum identifier
    }
}

struct Seq<'s, 'a, 't, 'p> {
    de: &'s De<'a, 't, 'p>,
    elements: std::iter::Enumerate<std::slice::Iter<'a, Ast<'t>>>,
}

impl<'de, 'a: 'de, 't> de::SeqAccess<'de> for Seq<'_, 'a, 't, '_> {
    type Error = Problem;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Problem> {
        let Some((i, node)) = self.elements.next() else {
            return Ok(None);
        };
        self.de
            .child(node, Path::Index(&self.de.path, i), seed)
            .map(Some)
    }
}

struct Map<'s, 'a, 't, 'p> {
    de: &'s De<'a, 't, 'p>,
    props: std::vec::IntoIter<&'a ObjectProp<'t>>,
    value: Option<&'a ObjectProp<'t>>,
}

impl<'de, 'a: 'de, 't> de::MapAccess<'de> for Map<'_, 'a, 't, '_> {
    type Error = Problem;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Problem> {
        let Some(p) = self.props.next() else {
            return Ok(None);
        };
        self.value = Some(p);
        let key: de::value::StrDeserializer<'_, Problem> = p.name.as_str().into_deserializer();
        seed.deserialize(key).map(Some).map_err(|mut e| {
            let path = Path::Key(&self.de.path, p.name.as_str());
            e.pointer.get_or_insert_with(|| path.pointer());
            e
        })
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Problem> {
        let p = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("a value was read before its key"))?;
        let path = Path::Key(&self.de.path, p.name.as_str());
        self.de.child(&p.value, path, seed)
    }
}
