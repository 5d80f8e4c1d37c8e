//! How much of an exercise to do: sets of repetitions, holds, or minutes.
//!
//! A dose is plain numbers with firm bounds, so a typo in a plan file or a slip of
//! the finger ("0 reps", "a 2-hour hold", "50 sets") is refused with the field and
//! the limits named. It never knows how the person feels: doses change with time
//! on the plan (see `plan::progression`), never with pain scores.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::CoreError;

/// Sets in one go. Home programmes use one to three; ten leaves room for a
/// physio's own plan without letting "50 sets" through.
pub const SETS: (u32, u32) = (1, 10);
/// Repetitions in a set (or per side).
pub const REPS: (u32, u32) = (1, 50);
/// Seconds in one hold: the longest side bridge a physio would set is well
/// under two minutes.
pub const HOLD_SECONDS: (u32, u32) = (1, 120);
/// Minutes of a timed activity such as walking: up to three hours.
pub const MINUTES: (u32, u32) = (1, 180);

/// The numbers are `u32` on purpose: a plan file saying 70000 deserialises, and
/// then `validate` answers with the limits instead of a bare type error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
#[ts(tag = "kind", rename_all = "camelCase")]
pub enum Dose {
    /// `sets` × `reps`, such as 3 × 10.
    Reps { sets: u32, reps: u32 },
    /// `sets` × `reps`, each held for `seconds`, such as 5 holds of 5 s.
    Hold { sets: u32, reps: u32, seconds: u32 },
    /// A timed activity, such as 10 minutes of walking.
    Minutes { minutes: u32 },
}

impl Dose {
    /// Checks every number against its bounds. `at` is the path of this dose in
    /// its plan or session, such as `items[2].dose`, so the error names the field.
    pub fn validate(self, at: &str) -> Result<Dose, CoreError> {
        let check = |name: &str, value: u32, (min, max): (u32, u32)| {
            if (min..=max).contains(&value) {
                Ok(())
            } else {
                Err(CoreError::DoseOutOfRange {
                    field: format!("{at}.{name}"),
                    value,
                    min,
                    max,
                })
            }
        };
        match self {
            Dose::Reps { sets, reps } => {
                check("sets", sets, SETS)?;
                check("reps", reps, REPS)?;
            }
            Dose::Hold {
                sets,
                reps,
                seconds,
            } => {
                check("sets", sets, SETS)?;
                check("reps", reps, REPS)?;
                check("seconds", seconds, HOLD_SECONDS)?;
            }
            Dose::Minutes { minutes } => check("minutes", minutes, MINUTES)?,
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per case: the dose, and the field and code it must fail with.
    fn check(dose: Dose, expected: Option<(&str, &str)>) {
        let result = dose.validate("items[0].dose");
        let got = result
            .as_ref()
            .err()
            .map(|e| (e.field().unwrap_or("-"), e.code()));
        assert_eq!(got, expected, "{dose:?} gave {result:?}");
    }

    #[test]
    fn doses() {
        let out = Some("dose_out_of_range");
        let at = |f: &'static str| out.map(|c| (f, c));
        // The three examples from the issue.
        check(Dose::Reps { sets: 1, reps: 0 }, at("items[0].dose.reps"));
        check(
            Dose::Hold {
                sets: 1,
                reps: 1,
                seconds: 7200,
            },
            at("items[0].dose.seconds"),
        );
        check(Dose::Reps { sets: 50, reps: 5 }, at("items[0].dose.sets"));
        // Edges are accepted.
        check(Dose::Reps { sets: 1, reps: 1 }, None);
        check(Dose::Reps { sets: 10, reps: 50 }, None);
        check(Dose::Reps { sets: 11, reps: 5 }, at("items[0].dose.sets"));
        check(Dose::Reps { sets: 1, reps: 51 }, at("items[0].dose.reps"));
        check(Dose::Reps { sets: 0, reps: 5 }, at("items[0].dose.sets"));
        check(
            Dose::Hold {
                sets: 1,
                reps: 5,
                seconds: 120,
            },
            None,
        );
        check(
            Dose::Hold {
                sets: 1,
                reps: 5,
                seconds: 121,
            },
            at("items[0].dose.seconds"),
        );
        check(
            Dose::Hold {
                sets: 1,
                reps: 5,
                seconds: 0,
            },
            at("items[0].dose.seconds"),
        );
        check(Dose::Minutes { minutes: 1 }, None);
        check(Dose::Minutes { minutes: 180 }, None);
        check(Dose::Minutes { minutes: 0 }, at("items[0].dose.minutes"));
        check(Dose::Minutes { minutes: 181 }, at("items[0].dose.minutes"));
    }

    #[test]
    fn the_error_names_the_limits() {
        let error = Dose::Reps { sets: 50, reps: 5 }
            .validate("items[2].dose")
            .unwrap_err();
        assert_eq!(
            error,
            CoreError::DoseOutOfRange {
                field: "items[2].dose.sets".into(),
                value: 50,
                min: 1,
                max: 10
            }
        );
    }

    #[test]
    fn the_json_shape() {
        let dose = Dose::Reps { sets: 1, reps: 5 };
        let json = serde_json::to_string(&dose).unwrap();
        assert_eq!(json, r#"{"kind":"reps","sets":1,"reps":5}"#);
        let hold: Dose =
            serde_json::from_str(r#"{"kind":"hold","sets":1,"reps":5,"seconds":5}"#).unwrap();
        assert_eq!(
            hold,
            Dose::Hold {
                sets: 1,
                reps: 5,
                seconds: 5
            }
        );
        assert!(serde_json::from_str::<Dose>(r#"{"kind":"reps","sets":-1,"reps":5}"#).is_err());
    }
}
