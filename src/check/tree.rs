//! The located tree: each input is parsed once, by `jsonc-parser` in strict JSON mode, into an
//! AST that keeps every value's byte range. The typed record (see `de`), the text rules and
//! every diagnostic's line:column all come from this one tree.

use super::{Code, Diagnostic};
use jsonc_parser::ast::{ObjectProp, Value as Ast};

/// Deepest nesting of arrays and objects accepted; records are never nested this deeply.
pub const MAX_DEPTH: usize = 128;

/// A parsed text with its line index.
pub(crate) struct Tree<'t> {
    pub(crate) file: &'t str,
    pub(crate) text: &'t str,
    pub(crate) root: Ast<'t>,
    /// Byte offset of the start of each line, for line:column lookups in O(log n).
    line_starts: Vec<usize>,
}

fn strict() -> jsonc_parser::ParseOptions {
    jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

/// The byte range of a value.
pub(crate) fn range(node: &Ast<'_>) -> jsonc_parser::common::Range {
    match node {
        Ast::StringLit(x) => x.range,
        Ast::NumberLit(x) => x.range,
        Ast::BooleanLit(x) => x.range,
        Ast::Object(x) => x.range,
        Ast::Array(x) => x.range,
        Ast::NullKeyword(x) => x.range,
    }
}

/// Where arrays and objects in `text` first open more than [`MAX_DEPTH`] levels deep (the
/// byte offset of that bracket), if they do. A scan of the bytes (brackets outside strings),
/// run before the parser so that hostile input is refused with its own message, whether or
/// not it is complete JSON.
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, b) in text.bytes().enumerate() {
        match (in_string, b) {
            (true, _) if escaped => escaped = false,
            (true, b'\\') => escaped = true,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            (false, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// A key escaped as one JSON pointer token (RFC 6901: `~` → `~0`, `/` → `~1`).
///
/// ```
/// assert_eq!(nato_assurances::check::pointer_token("a/b~c"), "a~1b~0c");
/// ```
pub fn pointer_token(key: &str) -> std::borrow::Cow<'_, str> {
    if key.contains(['~', '/']) {
        key.replace('~', "~0").replace('/', "~1").into()
    } else {
        key.into()
    }
}

impl<'t> Tree<'t> {
    /// Parses `text` (already decoded, without BOM) as strict JSON.
    pub(crate) fn parse(file: &'t str, text: &'t str) -> Result<Tree<'t>, Diagnostic> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut tree = Tree {
            file,
            text,
            root: Ast::NullKeyword(jsonc_parser::ast::NullKeyword {
                range: jsonc_parser::common::Range::new(0, 0),
            }),
            line_starts,
        };
        if let Some(offset) = too_deep(text) {
            return Err(tree.error(offset, Code::TooDeep, String::new()));
        }
        let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &strict());
        match parsed {
            Ok(result) => match result.value {
                Some(root) => tree.root = root,
                None => {
                    return Err(tree.error(
                        text.len(),
                        Code::JsonEof,
                        "the text holds no JSON value".into(),
                    ))
                }
            },
            Err(e) => {
                let code = match e.kind() {
                    jsonc_parser::errors::ParseErrorKind::NestingDepthExceeded => Code::TooDeep,
                    jsonc_parser::errors::ParseErrorKind::UnterminatedArray
                    | jsonc_parser::errors::ParseErrorKind::UnterminatedObject => Code::JsonEof,
                    _ => Code::JsonSyntax,
                };
                let message = e.kind().to_string();
                return Err(tree.error(e.range().start, code, message));
            }
        }
        Ok(tree)
    }

    fn error(&self, offset: usize, code: Code, message: String) -> Diagnostic {
        let (message, help) = match code {
            Code::TooDeep => (
                format!("JSON nested more than {MAX_DEPTH} levels deep; records are never nested this deeply"),
                "the document is nested too deeply to be a record; check that this is the right file",
            ),
            _ => (
                format!("invalid JSON: {message}"),
                "fix the JSON syntax at this position (comments and trailing commas are not allowed)",
            ),
        };
        Diagnostic::at(
            self.file,
            self.line_col(offset),
            String::new(),
            code,
            message,
            help,
        )
    }

    /// Line and column (1-based, column in characters) of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// The value a pointer names, or the deepest existing value on its path; with `key`, for
    /// a pointer ending in an object key, that key's property instead of its value.
    fn find(&self, pointer: &str, key: bool) -> usize {
        let mut node = &self.root;
        let segments: Vec<String> = pointer
            .split('/')
            .skip(1)
            .map(|raw| raw.replace("~1", "/").replace("~0", "~"))
            .collect();
        for (i, seg) in segments.iter().enumerate() {
            let next = match node {
                Ast::Object(o) => match property(&o.properties, seg) {
                    Some(p) if key && i + 1 == segments.len() => return p.range.start,
                    Some(p) => Some(&p.value),
                    None => None,
                },
                Ast::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.elements.get(i)),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        range(node).start
    }

    /// Line and column of the value a pointer names (or of the deepest value on its path).
    pub(crate) fn locate(&self, pointer: &str) -> (usize, usize) {
        self.line_col(self.find(pointer, false))
    }

    /// Line and column of the key a pointer ends in (for problems with a key itself).
    pub(crate) fn locate_key(&self, pointer: &str) -> (usize, usize) {
        self.line_col(self.find(pointer, true))
    }

    /// A diagnostic at the value a pointer names.
    pub(crate) fn diagnostic(
        &self,
        pointer: String,
        code: Code,
        message: String,
        help: String,
    ) -> Diagnostic {
        let at = if code == Code::UnknownField || code == Code::DuplicateField {
            self.locate_key(&pointer)
        } else {
            self.locate(&pointer)
        };
        Diagnostic::at(self.file, at, pointer, code, message, help)
    }
}

/// The last property named `name` (JSON readers keep the last of duplicated keys).
pub(crate) fn property<'a, 't>(
    props: &'a [ObjectProp<'t>],
    name: &str,
) -> Option<&'a ObjectProp<'t>> {
    props.iter().rev().find(|p| p.name.as_str() == name)
}
