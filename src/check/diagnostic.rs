//! [`Diagnostic`]: one located problem, and [`Code`], the kind of problem.

use std::fmt;

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal,)+) => {
        /// The kind of a problem. Each has a stable spelling ([`Code::as_str`]) that tools may
        /// match on; new codes may be added in minor releases.
        ///
        /// ```
        /// use nato_assurances::Code;
        /// assert_eq!(Code::DanglingReference.as_str(), "dangling-reference");
        /// assert_eq!("unknown-field".parse::<Code>(), Ok(Code::UnknownField));
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[$doc])* $variant,)+
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The stable spelling, e.g. `dangling-reference`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text),+ }
            }
        }
    };
}

codes! {
    /// A file or directory could not be read.
    Io = "io",
    /// The input is larger than any real record or export.
    TooLarge = "too-large",
    /// The text starts with a byte order mark.
    Bom = "bom",
    /// The bytes are not UTF-8.
    InvalidUtf8 = "invalid-utf8",
    /// Not JSON (a comment, a trailing comma, a missing quote …).
    JsonSyntax = "json-syntax",
    /// The JSON ends early (or the file is empty).
    JsonEof = "json-eof",
    /// Arrays and objects nested deeper than any record.
    TooDeep = "too-deep",
    /// A file in the data directory that is not a record.
    UnexpectedFile = "unexpected-file",
    /// A directory in the data directory that is not a record kind.
    UnexpectedDirectory = "unexpected-directory",
    /// A field the record kind does not have.
    UnknownField = "unknown-field",
    /// A required field is absent.
    MissingField = "missing-field",
    /// The same key twice in one object.
    DuplicateField = "duplicate-field",
    /// A value of the wrong JSON type (a list where a text belongs, an object as an array …).
    WrongType = "wrong-type",
    /// A value outside its closed vocabulary.
    UnknownValue = "unknown-value",
    /// A value of the right type that is not valid (an impossible date …).
    InvalidValue = "invalid-value",
    /// An empty string.
    EmptyText = "empty-text",
    /// Leading or trailing whitespace.
    Whitespace = "whitespace",
    /// A control character in text.
    ControlCharacter = "control-character",
    /// Text not in Unicode normalization form C.
    NotNfc = "not-nfc",
    /// A `TODO` placeholder left from `assurances new`.
    Placeholder = "placeholder",
    /// A URL that does not parse or is not https.
    Url = "url",
    /// Not a BCP 47 language code.
    LanguageCode = "language-code",
    /// Not a Wikidata QID.
    Wikidata = "wikidata",
    /// An id that is not a kebab-case slug.
    IdFormat = "id-format",
    /// A date after the checker's "today".
    FutureDate = "future-date",
    /// An end before its start.
    DateOrder = "date-order",
    /// A list that must not be empty is empty.
    EmptyList = "empty-list",
    /// The same entry twice in one list.
    DuplicateEntry = "duplicate-entry",
    /// A reference to a record that does not exist.
    DanglingReference = "dangling-reference",
    /// A record that refers to itself where it cannot.
    SelfReference = "self-reference",
    /// A quote whose source is not among the record's sources.
    QuoteSource = "quote-source",
    /// An ownership fact missing what its kind needs (`by`, `share`, a source and its words, or
    /// what was searched), or an outlet or publisher with no ownership facts at all.
    Ownership = "ownership",
    /// A news article, opinion piece or interview without its publisher.
    MissingPublisher = "missing-publisher",
    /// An indirect quote that does not say who wrote it, or a verbatim one that does.
    QuoteKind = "quote-kind",
    /// A verification label stronger than the evidence allows.
    Verification = "verification",
    /// A claim whose first appearance names neither an occasion nor a source.
    FirstAppearance = "first-appearance",
    /// An enlargement event that lists no state with the role `joined`, or a `joined` actor
    /// that is not a state.
    Enlargement = "enlargement",
    /// A judging or contested word in the dataset's own voice (outside quotation marks).
    Voice = "voice",
    /// Two sources with one URL.
    DuplicateUrl = "duplicate-url",
    /// Two unlinked sources with one title, date and publisher.
    DuplicateSource = "duplicate-source",
    /// Sources that cite each other in a loop.
    CitationCycle = "citation-cycle",
    /// Two records of one kind with one id.
    DuplicateId = "duplicate-id",
    /// Two records of different kinds with one id.
    AmbiguousId = "ambiguous-id",
    /// A file whose name is not its record's id.
    FileName = "file-name",
    /// A file not in canonical form (`assurances fmt` fixes it).
    Format = "format",
    /// An export without a version.
    Version = "version",
    /// An export whose fingerprint is not that of its records.
    Fingerprint = "fingerprint",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for Code {
    type Err = String;
    fn from_str(s: &str) -> Result<Code, String> {
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| format!("unknown diagnostic code `{s}`"))
    }
}

/// One problem found in the data, located as precisely as possible: the file, line:column
/// (1-based, column in characters; 0:0 for the whole file), the JSON pointer to the value at
/// fault, what is wrong and how to fix it.
///
/// ```
/// use nato_assurances::{Code, Dataset};
/// let err = Dataset::from_json("{\"version\": 1}").unwrap_err();
/// let d = &err.diagnostics()[0];
/// assert_eq!((d.file(), d.line(), d.column()), ("<json>", 1, 13));
/// assert_eq!((d.pointer(), d.code()), ("/version", Code::WrongType));
/// assert_eq!(d.to_string().lines().next(), Some("<json>:1:13: error[wrong-type] at /version: wrong type: expected a string, found a number"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    file: String,
    line: usize,
    column: usize,
    pointer: String,
    code: Code,
    message: String,
    help: String,
}

impl Diagnostic {
    /// A diagnostic about a whole file (line and column 0).
    pub(crate) fn file_level(
        file: &str,
        code: Code,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at(file, (0, 0), String::new(), code, message, help)
    }

    /// A diagnostic at a position.
    pub(crate) fn at(
        file: &str,
        (line, column): (usize, usize),
        pointer: String,
        code: Code,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            file: file.to_owned(),
            line,
            column,
            pointer,
            code,
            message: message.into(),
            help: help.into(),
        }
    }

    /// The file, as given to the checker (`<json>` for text given to `Dataset::from_json`).
    pub fn file(&self) -> &str {
        &self.file
    }
    /// 1-based line; 0 when the problem concerns the whole file.
    pub fn line(&self) -> usize {
        self.line
    }
    /// 1-based column, in characters; 0 when the problem concerns the whole file.
    pub fn column(&self) -> usize {
        self.column
    }
    /// JSON pointer (RFC 6901) to the value at fault; empty for the whole document.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }
    /// The kind of problem.
    pub fn code(&self) -> Code {
        self.code
    }
    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// How to fix it.
    pub fn help(&self) -> &str {
        &self.help
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error[{}]",
            self.file, self.line, self.column, self.code
        )?;
        if !self.pointer.is_empty() {
            write!(f, " at {}", self.pointer)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// The error of `Dataset::from_json` and of the checker: every problem found, in file order.
///
/// ```
/// let err = nato_assurances::Dataset::from_json("{").unwrap_err();
/// assert_eq!(err.diagnostics().len(), 1);
/// assert!(err.to_string().starts_with("<json>:1:"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    diagnostics: Vec<Diagnostic>,
}

impl Error {
    /// Sorts and deduplicates the diagnostics.
    pub(crate) fn new(mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort();
        diagnostics.dedup();
        Error { diagnostics }
    }
    /// Every problem, sorted by file and position.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
    /// The problems, owned.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
