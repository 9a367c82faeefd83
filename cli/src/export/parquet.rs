//! `export --format parquet`: the same tables as the CSVs, typed for analysts. Dates are
//! `DATE` columns (the `*_earliest`/`*_latest` bounds; the date as written stays text),
//! vocabularies are dictionary-encoded (categorical) strings, counts integers, flags booleans,
//! and empty values null. Lists stay link tables, as in the CSVs. Written with the Apache
//! Arrow and Parquet crates; DuckDB reads them in CI and gives the same answers as over the
//! CSVs (`.ci/check_examples.py`).

use super::{Table, Type};
use arrow_array::types::Int32Type;
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, DictionaryArray, Int64Array, RecordBatch, StringArray,
};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::sync::Arc;

/// Days from 1970-01-01 to an ISO day `YYYY-MM-DD`.
fn days(iso: &str) -> Result<i32, String> {
    let d = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map_err(|e| format!("`{iso}` is not a day: {e}"))?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    i32::try_from((d - epoch).num_days()).map_err(|e| e.to_string())
}

/// One column of `t` as an Arrow array, typed by its field.
fn column(t: &Table, i: usize) -> Result<(Field, ArrayRef), String> {
    let f = &t.fields[i];
    let cells = t.rows.iter().map(|r| r[i].as_str());
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    let nullable = !f.required;
    Ok(match (f.kind, f.vocabulary) {
        (Type::String, Some(_)) => {
            let values: DictionaryArray<Int32Type> =
                cells.map(|s| (!s.is_empty()).then_some(s)).collect();
            let dt = DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8));
            (Field::new(&f.name, dt, nullable), Arc::new(values))
        }
        (Type::String, None) => {
            let values: StringArray = cells.map(opt).collect();
            (
                Field::new(&f.name, DataType::Utf8, nullable),
                Arc::new(values),
            )
        }
        (Type::Integer, _) => {
            let values = cells
                .map(|s| match s {
                    "" => Ok(None),
                    s => s
                        .parse::<i64>()
                        .map(Some)
                        .map_err(|e| format!("{}.{}: {e}", t.name, f.name)),
                })
                .collect::<Result<Int64Array, String>>()?;
            (
                Field::new(&f.name, DataType::Int64, nullable),
                Arc::new(values),
            )
        }
        (Type::Boolean, _) => {
            let values: BooleanArray = cells
                .map(|s| match s {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                })
                .collect();
            (
                Field::new(&f.name, DataType::Boolean, nullable),
                Arc::new(values),
            )
        }
        (Type::Date, _) => {
            let values = cells
                .map(|s| {
                    if s.is_empty() {
                        Ok(None)
                    } else {
                        days(s).map(Some)
                    }
                })
                .collect::<Result<Date32Array, String>>()?;
            (
                Field::new(&f.name, DataType::Date32, nullable),
                Arc::new(values),
            )
        }
    })
}

/// The table as a Parquet file (its bytes), with the table's and each column's description
/// as metadata.
pub fn to_parquet(t: &Table) -> Result<Vec<u8>, String> {
    let mut fields = Vec::new();
    let mut arrays = Vec::new();
    for i in 0..t.fields.len() {
        let (field, array) = column(t, i)?;
        let described = field
            .with_metadata([("description".to_owned(), t.fields[i].description.clone())].into());
        fields.push(described);
        arrays.push(array);
    }
    let schema = Arc::new(Schema::new_with_metadata(
        fields,
        [("description".to_owned(), t.description.to_owned())].into(),
    ));
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| e.to_string())?;
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by(format!("nato-assurances {}", nato_assurances::DATA_VERSION))
        .build();
    let mut out = Vec::new();
    let mut w = ArrowWriter::try_new(&mut out, schema, Some(props)).map_err(|e| e.to_string())?;
    w.write(&batch).map_err(|e| e.to_string())?;
    w.close().map_err(|e| e.to_string())?;
    Ok(out)
}
