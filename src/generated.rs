use crate::dataset::{Dataset, Index};
use std::borrow::Cow::Borrowed as B;
pub(crate) static DATASET: Dataset = Dataset {
    version: B(crate::DATA_VERSION),
    actors: B(&[]), sources: B(&[]), commitments: B(&[]), claims: B(&[]), events: B(&[]),
    index: Index { commitments_by_date: B(&[]), claims_by_date: B(&[]), events_by_date: B(&[]), actor_names: B(&[]), actor_commitments: B(&[]), commitment_claims: B(&[]) },
};
