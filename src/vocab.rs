//! Closed vocabularies: every enum a record field can take.
//!
//! Each vocabulary is a closed set. In JSON every value is the snake_case
//! string shown by [`as_str`](ActorKind::as_str); the JSON Schemas in `schema/`
//! are generated from these same lists, so the two cannot drift apart.
//! Adding a value is a minor release; renaming or removing one is a major release.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The error returned when a string is not a value of a vocabulary.
///
/// Its message lists the valid values. (The checker, feature `validate`, adds a "did you
/// mean" suggestion to the diagnostics it reports.)
///
/// ```
/// use nato_assurances::CommitmentKind;
/// let err = "assurence".parse::<CommitmentKind>().unwrap_err();
/// assert_eq!(err.value(), "assurence");
/// assert!(err.valid().contains(&"assurance"));
/// assert!(err.to_string().starts_with("unknown commitment kind `assurence` (expected one of: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    vocabulary: &'static str,
    value: String,
    valid: &'static [&'static str],
}

impl UnknownValue {
    /// The value that was not recognised.
    ///
    /// ```
    /// let err = "x".parse::<nato_assurances::Topic>().unwrap_err();
    /// assert_eq!(err.value(), "x");
    /// ```
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The valid values, in declaration order.
    ///
    /// ```
    /// let err = "x".parse::<nato_assurances::Topic>().unwrap_err();
    /// assert!(err.valid().contains(&"nato_enlargement"));
    /// ```
    pub fn valid(&self) -> &'static [&'static str] {
        self.valid
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} `{}` (expected one of: {})",
            self.vocabulary,
            self.value,
            self.valid.join(", ")
        )
    }
}

impl std::error::Error for UnknownValue {}

/// Every vocabulary, by name, with its values and their descriptions.
///
/// Used to generate the JSON Schemas and the documentation.
///
/// ```
/// let topics = nato_assurances::vocab::all_vocabularies()
///     .iter()
///     .find(|v| v.name == "topic")
///     .unwrap();
/// assert!(topics.values.iter().any(|(v, _)| *v == "nato_enlargement"));
/// ```
pub fn all_vocabularies() -> &'static [Vocabulary] {
    VOCABULARIES
}

/// One closed vocabulary: its name and its values with their descriptions.
///
/// ```
/// let v = &nato_assurances::vocab::all_vocabularies()[0];
/// assert!(!v.values.is_empty());
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Vocabulary {
    /// The vocabulary's name, as used in error messages and schema `$defs`.
    pub name: &'static str,
    /// `(value, description)` pairs in declaration order.
    pub values: &'static [(&'static str, &'static str)],
}

macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident, $label:literal { $($variant:ident = $text:literal : $desc:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(#[doc = $desc] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            const STRS: &'static [&'static str] = &[$($text),+];
            /// The vocabulary's values with their descriptions.
            pub const VOCABULARY: Vocabulary = Vocabulary {
                name: $label,
                values: &[$(($text, $desc)),+],
            };

            /// The value as written in JSON (snake_case).
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// A one-line description of the value.
            pub const fn description(self) -> &'static str {
                match self { $($name::$variant => $desc),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, UnknownValue> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownValue {
                        vocabulary: $label,
                        value: s.to_owned(),
                        valid: Self::STRS,
                    }),
                }
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            /// A string enum; the description lists each value with its meaning, one per line.
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let doc: Vec<String> = Self::VOCABULARY
                    .values
                    .iter()
                    .map(|(v, d)| format!("- `{v}`: {d}"))
                    .collect();
                schemars::json_schema!({
                    "type": "string",
                    "description": doc.join("\n"),
                    "enum": Self::STRS,
                })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse()
                    .map_err(|_| serde::de::Error::unknown_variant(&s, Self::STRS))
            }
        }
    };
}

vocab! {
    /// What kind of actor a record describes.
    ///
    /// ```
    /// use nato_assurances::ActorKind;
    /// assert_eq!("media_outlet".parse::<ActorKind>(), Ok(ActorKind::MediaOutlet));
    /// ```
    ActorKind, "actor kind" {
        Person = "person": "A natural person.",
        State = "state": "A sovereign state (including the USSR and other former states).",
        Organization = "organization": "An international organization, government body, archive, university, party or NGO.",
        MediaOutlet = "media_outlet": "A news outlet, broadcaster, news agency or publishing website.",
    }
}

vocab! {
    /// The affiliation label of an actor, **computed** from its recorded ownership facts by
    /// one rule ([`crate::Dataset::affiliation`]), the same for every state. It is never typed
    /// in the data.
    ///
    /// ```
    /// use nato_assurances::AffiliationKind;
    /// assert_eq!(AffiliationKind::StateFunded.as_str(), "state_funded");
    /// ```
    AffiliationKind, "affiliation kind" {
        State = "state": "The actor is a state.",
        Intergovernmental = "intergovernmental": "A source says its members are states (NATO, OSCE, UN).",
        StateOwned = "state_owned": "Owned or operated by a state, directly or through a chain of recorded owners.",
        StateFunded = "state_funded": "Not state-owned, but a state is its sole or main funder, directly or through a chain of recorded owners or funders.",
        NonState = "non_state": "Its recorded owners and main funders are not states (companies, persons, foundations, universities).",
        NotEstablished = "not_established": "No ownership fact is recorded, or the record says ownership was searched for and not established.",
    }
}

vocab! {
    /// What an ownership fact about an actor states.
    ///
    /// ```
    /// use nato_assurances::OwnershipFactKind;
    /// assert_eq!(OwnershipFactKind::FundedBy.as_str(), "funded_by");
    /// ```
    OwnershipFactKind, "ownership fact" {
        OwnedBy = "owned_by": "`by` owns, operates or publishes the actor, as the source says.",
        FundedBy = "funded_by": "`by` pays for the actor, in the `share` the source gives.",
        MemberStates = "member_states": "The source says the actor's members are states (an intergovernmental organization).",
        NotEstablished = "not_established": "Owner and funding were searched for and not established; `searched` says where.",
    }
}

vocab! {
    /// How much of an actor an owner owns, or of its funding a funder gives, as the source says.
    ///
    /// ```
    /// use nato_assurances::Share;
    /// assert!(Share::Main.is_decisive());
    /// assert!(!Share::Part.is_decisive());
    /// ```
    Share, "share" {
        Whole = "whole": "The sole owner or funder.",
        Main = "main": "The majority or controlling owner, or the main funder.",
        Part = "part": "One of several owners or funders, not said to be the majority or main one.",
    }
}

impl Share {
    /// Whether this share lets the owner or funder decide the affiliation label (`whole` or
    /// `main`).
    pub fn is_decisive(self) -> bool {
        matches!(self, Share::Whole | Share::Main)
    }
}

vocab! {
    /// Whether a quote gives the speaker's own words or a record's report of them.
    ///
    /// ```
    /// use nato_assurances::QuoteKind;
    /// assert_eq!(QuoteKind::Indirect.as_str(), "indirect");
    /// ```
    QuoteKind, "quote kind" {
        Verbatim = "verbatim": "The speaker's own words as the record gives them (direct speech, or a translation of it).",
        Indirect = "indirect": "Indirect speech or a paraphrase that a record gives; `written_by` names who wrote it. Never shown as the speaker's own words.",
    }
}

vocab! {
    /// How a claim relates to an earlier claim.
    ///
    /// ```
    /// use nato_assurances::ClaimRelation;
    /// assert_eq!(ClaimRelation::Disputes.as_str(), "disputes");
    /// ```
    ClaimRelation, "claim relation" {
        RespondsTo = "responds_to": "This claim answers the earlier one without simply contradicting it.",
        Disputes = "disputes": "This claim contradicts the earlier one.",
        Repeats = "repeats": "The same claimant restates the earlier claim.",
        Retracts = "retracts": "The claimant withdraws an earlier claim of their own.",
    }
}

vocab! {
    /// The part an actor played in an event.
    ///
    /// ```
    /// use nato_assurances::EventRole;
    /// assert_eq!(EventRole::Joined.as_str(), "joined");
    /// ```
    EventRole, "event role" {
        Participant = "participant": "Took part in the event.",
        Joined = "joined": "Joined the organization (enlargement events: the state that became a member).",
        Host = "host": "Hosted the event.",
        Withdrew = "withdrew": "Withdrew from a treaty or organization.",
        Suspended = "suspended": "Suspended a treaty, a mission or cooperation.",
    }
}

vocab! {
    /// What kind of document a source is. Whether it is a primary record follows from its kind.
    ///
    /// ```
    /// use nato_assurances::SourceKind;
    /// assert!(SourceKind::MemorandumOfConversation.is_primary());
    /// assert!(!SourceKind::NewsArticle.is_primary());
    /// ```
    SourceKind, "source kind" {
        MemorandumOfConversation = "memorandum_of_conversation": "A record of a conversation made by one side (memcon, Russian 'record of conversation').",
        Transcript = "transcript": "A verbatim or near-verbatim transcript of a meeting, session or broadcast.",
        Telegram = "telegram": "A diplomatic cable or telegram.",
        Diary = "diary": "A diary or notebook entry.",
        Letter = "letter": "A letter or memorandum from one official to another.",
        Speech = "speech": "The text of a speech.",
        TreatyText = "treaty_text": "The official text of a treaty or agreement.",
        DeclarationText = "declaration_text": "The official text of a declaration, charter, communiqué or joint statement.",
        OfficialStatement = "official_statement": "A statement issued by a government or organization.",
        PressConference = "press_conference": "A transcript or record of a press conference.",
        Interview = "interview": "An interview given by the speaker.",
        BriefingBook = "briefing_book": "An archive publication presenting a set of documents (e.g. a National Security Archive briefing book).",
        ArchiveDocument = "archive_document": "Any other document held by an archive.",
        NewsArticle = "news_article": "A news report.",
        Opinion = "opinion": "An opinion or commentary piece.",
        BlogPost = "blog_post": "A blog post or post on a personal or group website.",
        Book = "book": "A book.",
        JournalArticle = "journal_article": "An article in a scholarly journal.",
        ReferencePage = "reference_page": "An entry in a reference work.",
    }
}

impl SourceKind {
    /// Whether a source of this kind is a primary record: a document made at the time by a
    /// participant (memcons, transcripts, telegrams, diaries, letters, speeches, official texts
    /// and statements, press conferences, interviews, archive documents). Briefing books,
    /// articles, books and reference pages are secondary.
    ///
    /// ```
    /// use nato_assurances::SourceKind;
    /// assert!(SourceKind::TreatyText.is_primary());
    /// assert!(!SourceKind::BriefingBook.is_primary());
    /// ```
    pub const fn is_primary(self) -> bool {
        matches!(
            self,
            SourceKind::MemorandumOfConversation
                | SourceKind::Transcript
                | SourceKind::Telegram
                | SourceKind::Diary
                | SourceKind::Letter
                | SourceKind::Speech
                | SourceKind::TreatyText
                | SourceKind::DeclarationText
                | SourceKind::OfficialStatement
                | SourceKind::PressConference
                | SourceKind::Interview
                | SourceKind::ArchiveDocument
        )
    }
}

vocab! {
    /// What kind of commitment a record describes.
    ///
    /// ```
    /// use nato_assurances::CommitmentKind;
    /// assert_eq!(CommitmentKind::Assurance.to_string(), "assurance");
    /// ```
    CommitmentKind, "commitment kind" {
        Assurance = "assurance": "A statement of intent given to reassure the other side, usually oral.",
        Pledge = "pledge": "An explicit promise to do or not do something.",
        Treaty = "treaty": "A treaty under international law.",
        PoliticalDeclaration = "political_declaration": "A declaration, charter or communiqué that is politically, not legally, binding.",
        Agreement = "agreement": "An agreement or understanding between parties, written or not.",
        Memorandum = "memorandum": "A memorandum (of understanding) between parties.",
        Concession = "concession": "A concession made by one side in a negotiation.",
        Proposal = "proposal": "A proposal put to the other side.",
        Demand = "demand": "A demand made of the other side.",
    }
}

vocab! {
    /// The form in which a commitment was made.
    ///
    /// ```
    /// use nato_assurances::Form;
    /// assert_eq!(Form::Oral.as_str(), "oral");
    /// ```
    Form, "form" {
        Oral = "oral": "Said in a conversation or meeting, not in public.",
        PublicSpeech = "public_speech": "Said in a public speech or press conference.",
        Written = "written": "Written in a letter, note or draft, not signed as an instrument.",
        SignedInstrument = "signed_instrument": "A signed treaty, agreement or declaration.",
    }
}

vocab! {
    /// The legal status of a commitment, as the instrument or the record shows it.
    ///
    /// ```
    /// use nato_assurances::LegalStatus;
    /// assert_eq!(LegalStatus::NotBinding.as_str(), "not_binding");
    /// ```
    LegalStatus, "legal status" {
        LegallyBinding = "legally_binding": "Binding under international law (a ratified treaty).",
        PoliticallyBinding = "politically_binding": "A political commitment, not a legal one (e.g. OSCE documents).",
        NotBinding = "not_binding": "A statement of intent or position without binding force.",
        Disputed = "disputed": "The parties disagree on whether and how it binds; see the claims.",
    }
}

vocab! {
    /// What a commitment is about.
    ///
    /// ```
    /// use nato_assurances::Topic;
    /// assert_eq!("non_interference".parse::<Topic>(), Ok(Topic::NonInterference));
    /// ```
    Topic, "topic" {
        NatoEnlargement = "nato_enlargement": "Whether NATO admits new members, and which.",
        ForcesInEasternGermany = "forces_in_eastern_germany": "Forces in the territory of the former GDR.",
        NuclearDeployment = "nuclear_deployment": "Where nuclear weapons are or are not deployed.",
        NonInterference = "non_interference": "Not interfering in another state's internal affairs.",
        TroopStationing = "troop_stationing": "The stationing of (foreign) troops.",
        RightToChooseAlliances = "right_to_choose_alliances": "Each state's right to choose its own security arrangements.",
        TerritorialIntegrity = "territorial_integrity": "Respect for borders and territorial integrity.",
        Consultation = "consultation": "Consultation mechanisms between the parties.",
        ArmsControl = "arms_control": "Arms control and disarmament.",
        Peacekeeping = "peacekeeping": "Peacekeeping and joint operations.",
        Cooperation = "cooperation": "Political, military or economic cooperation.",
        EuropeanSecurityArchitecture = "european_security_architecture": "The overall security order of Europe (CSCE/OSCE, 'common European home').",
        GermanUnification = "german_unification": "The unification of Germany and its external aspects.",
        SecurityGuarantees = "security_guarantees": "Guarantees of a state's security.",
        ConflictSettlement = "conflict_settlement": "Settlement of an armed conflict.",
    }
}

vocab! {
    /// How a commitment relates to another.
    ///
    /// ```
    /// use nato_assurances::Relation;
    /// assert_eq!(Relation::CodifiedIn.as_str(), "codified_in");
    /// ```
    Relation, "relation" {
        CodifiedIn = "codified_in": "This commitment was written into the target instrument.",
        NotCodifiedIn = "not_codified_in": "This commitment was not written into the target instrument, which dealt with its subject.",
        Reaffirms = "reaffirms": "This commitment restates the target.",
        Supersedes = "supersedes": "This commitment replaces the target.",
        Implements = "implements": "This commitment implements the target.",
        RespondsTo = "responds_to": "This commitment answers the target (e.g. a proposal or demand).",
        Contradicts = "contradicts": "This commitment is at odds with the target.",
    }
}

vocab! {
    /// How well a record was checked.
    ///
    /// ```
    /// use nato_assurances::Verification;
    /// assert!(Verification::Verified > Verification::Secondary);
    /// ```
    Verification, "verification" {
        Unverified = "unverified": "Reported, but not checked against any text at hand.",
        Secondary = "secondary": "Checked against a text at hand that is not enough for `verified`: a copy, a report or a secondary work.",
        Verified = "verified": "Checked against the words' own record: for a commitment, each quote read in a primary record or an archive publication; for a claim, its words read in their first appearance. The checker derives the strongest label the evidence allows and rejects a stronger one.",
    }
}

vocab! {
    /// What a claim says about the commitments it is about.
    ///
    /// ```
    /// use nato_assurances::Stance;
    /// assert_eq!(Stance::AssertsBroken.as_str(), "asserts_broken");
    /// ```
    Stance, "stance" {
        AssertsMade = "asserts_made": "The claimant says the commitment was made.",
        DeniesMade = "denies_made": "The claimant says the commitment was never made.",
        AssertsBroken = "asserts_broken": "The claimant says the commitment was broken.",
        AssertsKept = "asserts_kept": "The claimant says the commitment was kept.",
        AssertsBinding = "asserts_binding": "The claimant says the commitment binds.",
        DeniesBinding = "denies_binding": "The claimant says the commitment does not bind.",
        Qualifies = "qualifies": "The claimant qualifies or contextualizes the commitment.",
    }
}

vocab! {
    /// What kind of event a record describes.
    ///
    /// ```
    /// use nato_assurances::EventKind;
    /// assert_eq!(EventKind::DocumentRelease.as_str(), "document_release");
    /// ```
    EventKind, "event kind" {
        Enlargement = "enlargement": "States joining NATO.",
        Summit = "summit": "A summit or ministerial meeting.",
        Suspension = "suspension": "A suspension of cooperation, a mission or a treaty.",
        Withdrawal = "withdrawal": "A withdrawal from a treaty or organization.",
        DocumentRelease = "document_release": "The publication or declassification of documents.",
        ArmedConflict = "armed_conflict": "An armed conflict or military operation.",
        Other = "other": "Any other event.",
    }
}

vocab! {
    /// The perspective group of a voice, **derived** from the actor's state on the date it
    /// spoke ([`crate::Dataset::perspective`]); never typed in the data.
    ///
    /// ```
    /// use nato_assurances::PerspectiveGroup;
    /// assert_eq!(PerspectiveGroup::UssrRussia.as_str(), "ussr_russia");
    /// ```
    PerspectiveGroup, "perspective group" {
        NatoMember = "nato_member": "The actor's state was a NATO member on that date; or the actor is NATO itself or one of its officials in office.",
        UssrRussia = "ussr_russia": "The actor's state was the USSR or Russia.",
        OtherState = "other_state": "The actor's state was another state.",
        NoState = "no_state": "No state: scholars, NGOs, former officials speaking without an office, intergovernmental bodies other than NATO, outlets not state-owned or state-funded.",
    }
}

/// The vocabularies of labels that are computed from the data, never stored in it
/// ([`AffiliationKind`], [`PerspectiveGroup`]): the record schemas do not list them.
///
/// ```
/// use nato_assurances::vocab::{all_vocabularies, COMPUTED};
/// assert!(COMPUTED.iter().all(|c| all_vocabularies().iter().any(|v| v.name == *c)));
/// ```
pub const COMPUTED: &[&str] = &["affiliation kind", "perspective group"];

static VOCABULARIES: &[Vocabulary] = &[
    ActorKind::VOCABULARY,
    AffiliationKind::VOCABULARY,
    OwnershipFactKind::VOCABULARY,
    Share::VOCABULARY,
    QuoteKind::VOCABULARY,
    ClaimRelation::VOCABULARY,
    EventRole::VOCABULARY,
    PerspectiveGroup::VOCABULARY,
    SourceKind::VOCABULARY,
    CommitmentKind::VOCABULARY,
    Form::VOCABULARY,
    LegalStatus::VOCABULARY,
    Topic::VOCABULARY,
    Relation::VOCABULARY,
    Verification::VOCABULARY,
    Stance::VOCABULARY,
    EventKind::VOCABULARY,
];
