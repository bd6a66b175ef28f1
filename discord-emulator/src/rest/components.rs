//! Checks on the message components the bot sends, as Discord refuses them (400, code
//! 50035 "Invalid Form Body", the error under the field's path): at most 5 action rows,
//! each with 1 to 5 buttons or exactly one select; custom ids of 1 to 100 characters, unique
//! in the message; select `min_values` 0..=25, `max_values` 1..=25, min <= max; string
//! select options 1..=25; channel select `channel_types` valid and unique; auto-populated
//! selects' `default_values` of the select's type, within min..=max.

use serde_json::{json, Map, Value};

/// Discord's 50035 body with `code`/`message` under `path` in `errors`.
pub(crate) fn form_error(path: &[&str], code: &str, message: &str) -> (u16, Value) {
    let mut errors = json!({"_errors": [{"code": code, "message": message}]});
    for key in path.iter().rev() {
        let mut m = Map::new();
        m.insert((*key).to_string(), errors);
        errors = Value::Object(m);
    }
    (
        400,
        json!({"code": 50035, "message": "Invalid Form Body", "errors": errors}),
    )
}

/// Puts an error from [`form_error`] under `key` (a callback's `data`).
pub(crate) fn nest(e: (u16, Value), key: &str) -> (u16, Value) {
    let (status, mut body) = e;
    if body["code"] == 50035 {
        if let Some(errors) = body.get("errors").cloned() {
            body["errors"] = json!({ key: errors });
        }
    }
    (status, body)
}

const COMPONENTS_V2: u64 = 1 << 15;
const SELECTS: [u64; 5] = [3, 5, 6, 7, 8];
/// Channel types (the spec's `ChannelTypes`, and 16, media, from Discord's docs).
const CHANNEL_TYPES: [u64; 13] = [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16];

type Check = Result<(), (u16, Value)>;

/// Checks a message body's `components` (absent or null passes).
pub(crate) fn check_message(body: &Value) -> Check {
    let comps = &body["components"];
    if comps.is_null() {
        return Ok(());
    }
    let Some(rows) = comps.as_array() else {
        return Err(form_error(
            &["components"],
            "BASE_TYPE_ARRAY",
            "Must be an array.",
        ));
    };
    let v2 = body["flags"].as_u64().unwrap_or(0) & COMPONENTS_V2 != 0;
    let mut ids = Vec::new();
    if !v2 && rows.len() > 5 {
        return Err(form_error(
            &["components"],
            "BASE_TYPE_MAX_LENGTH",
            "Must be 5 or fewer in length.",
        ));
    }
    for (i, row) in rows.iter().enumerate() {
        let i = i.to_string();
        let path = ["components", i.as_str()];
        match row["type"].as_u64() {
            Some(1) => check_row(row, &path, &mut ids)?,
            Some(_) if v2 => check_any(row, &path, &mut ids)?,
            _ => {
                return Err(form_error(
                    &[&path[..], &["type"]].concat(),
                    "UNION_TYPE_CHOICES",
                    "Value of field \"type\" must be one of (1,).",
                ))
            }
        }
    }
    Ok(())
}

fn check_row(row: &Value, path: &[&str], ids: &mut Vec<String>) -> Check {
    let at = |extra: &[&str], code: &str, msg: &str| form_error(&[path, extra].concat(), code, msg);
    let Some(items) = row["components"].as_array() else {
        return Err(at(
            &["components"],
            "BASE_TYPE_REQUIRED",
            "This field is required",
        ));
    };
    if items.is_empty() || items.len() > 5 {
        return Err(at(
            &["components"],
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 5 in length.",
        ));
    }
    let selects = items
        .iter()
        .filter(|c| c["type"].as_u64().is_some_and(|t| SELECTS.contains(&t)))
        .count();
    if selects > 0 && items.len() > 1 {
        return Err(at(
            &["components"],
            "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            "The specified component exceeds the maximum width",
        ));
    }
    for (j, c) in items.iter().enumerate() {
        let j = j.to_string();
        let p = [path, &["components", j.as_str()]].concat();
        match c["type"].as_u64() {
            Some(2) => check_button(c, &p, ids)?,
            Some(t) if SELECTS.contains(&t) => check_select(c, t, &p, ids)?,
            _ => {
                return Err(form_error(
                    &[&p[..], &["type"]].concat(),
                    "UNION_TYPE_CHOICES",
                    "Value of field \"type\" must be one of (2, 3, 5, 6, 7, 8).",
                ))
            }
        }
    }
    Ok(())
}

/// Components V2 layouts: only the custom ids (and rows inside) are checked.
fn check_any(c: &Value, path: &[&str], ids: &mut Vec<String>) -> Check {
    match c["type"].as_u64() {
        Some(1) => return check_row(c, path, ids),
        Some(2) => return check_button(c, path, ids),
        Some(t) if SELECTS.contains(&t) => return check_select(c, t, path, ids),
        _ => {}
    }
    for key in ["components", "accessory"] {
        let children: Vec<&Value> = match &c[key] {
            Value::Array(a) => a.iter().collect(),
            Value::Object(_) => vec![&c[key]],
            _ => vec![],
        };
        for (j, child) in children.into_iter().enumerate() {
            let j = j.to_string();
            let p: Vec<&str> = if key == "accessory" {
                [path, &[key]].concat()
            } else {
                [path, &[key, j.as_str()]].concat()
            };
            check_any(child, &p, ids)?;
        }
    }
    Ok(())
}

fn check_custom_id(c: &Value, path: &[&str], ids: &mut Vec<String>) -> Check {
    let at = |code: &str, msg: &str| form_error(&[path, &["custom_id"]].concat(), code, msg);
    let Some(id) = c["custom_id"].as_str() else {
        return Err(at("BASE_TYPE_REQUIRED", "This field is required"));
    };
    if id.is_empty() || id.chars().count() > 100 {
        return Err(at(
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 100 in length.",
        ));
    }
    if ids.iter().any(|x| x == id) {
        return Err(at(
            "COMPONENT_CUSTOM_ID_DUPLICATED",
            "Component custom id cannot be duplicated",
        ));
    }
    ids.push(id.to_string());
    Ok(())
}

fn check_button(c: &Value, path: &[&str], ids: &mut Vec<String>) -> Check {
    let at = |field: &str, code: &str, msg: &str| form_error(&[path, &[field]].concat(), code, msg);
    let style = c["style"].as_u64().unwrap_or(0);
    if !(1..=6).contains(&style) {
        return Err(at(
            "style",
            "BASE_TYPE_CHOICES",
            "Value must be one of {1, 2, 3, 4, 5, 6}.",
        ));
    }
    if c["label"].as_str().is_some_and(|l| l.chars().count() > 80) {
        return Err(at(
            "label",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 80 or fewer in length.",
        ));
    }
    check_emoji(&c["emoji"], path)?;
    match style {
        5 => {
            if c["url"].as_str().is_none() {
                return Err(at(
                    "url",
                    "BUTTON_COMPONENT_URL_REQUIRED",
                    "A url is required",
                ));
            }
            if !c["custom_id"].is_null() {
                return Err(at(
                    "custom_id",
                    "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
                    "A custom id cannot be specified",
                ));
            }
            Ok(())
        }
        6 => Ok(()),
        _ => check_custom_id(c, path, ids),
    }
}

/// A component's emoji (ComponentEmojiForRequest): none, or `{name}` of at most 32 characters
/// with an optional snowflake `id` (a server emoji).
fn check_emoji(e: &Value, path: &[&str]) -> Check {
    if e.is_null() {
        return Ok(());
    }
    let at = |field: &str, code: &str, msg: &str| {
        form_error(&[path, &["emoji", field]].concat(), code, msg)
    };
    match e["name"].as_str() {
        Some(n) if n.chars().count() <= 32 => {}
        Some(_) => {
            return Err(at(
                "name",
                "BASE_TYPE_MAX_LENGTH",
                "Must be 32 or fewer in length.",
            ))
        }
        None => return Err(at("name", "BASE_TYPE_REQUIRED", "This field is required")),
    }
    let id_ok = match &e["id"] {
        Value::Null => true,
        Value::String(s) => !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    };
    if id_ok {
        Ok(())
    } else {
        Err(at("id", "NUMBER_TYPE_COERCE", "Value is not snowflake."))
    }
}

fn check_select(c: &Value, kind: u64, path: &[&str], ids: &mut Vec<String>) -> Check {
    let at = |field: &str, code: &str, msg: &str| form_error(&[path, &[field]].concat(), code, msg);
    check_custom_id(c, path, ids)?;
    let min = c["min_values"].as_u64();
    let max = c["max_values"].as_u64();
    if !c["min_values"].is_null() && min.is_none_or(|m| m > 25) {
        return Err(at(
            "min_values",
            "NUMBER_TYPE_MAX",
            "int value should be less than or equal to 25.",
        ));
    }
    if !c["max_values"].is_null() && max.is_none_or(|m| !(1..=25).contains(&m)) {
        return Err(at(
            "max_values",
            "NUMBER_TYPE_MAX",
            "int value should be between 1 and 25.",
        ));
    }
    if min.unwrap_or(1) > max.unwrap_or(1) {
        return Err(at(
            "min_values",
            "SELECT_COMPONENT_MIN_VALUES_TOO_LARGE",
            "min_values must be less than or equal to max_values",
        ));
    }
    if c["placeholder"]
        .as_str()
        .is_some_and(|p| p.chars().count() > 150)
    {
        return Err(at(
            "placeholder",
            "BASE_TYPE_MAX_LENGTH",
            "Must be 150 or fewer in length.",
        ));
    }
    if kind == 3 {
        let n = c["options"].as_array().map_or(0, Vec::len);
        if !(1..=25).contains(&n) {
            return Err(at(
                "options",
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 25 in length.",
            ));
        }
        for (k, o) in c["options"].as_array().into_iter().flatten().enumerate() {
            let ks = k.to_string();
            let here = [path, &["options", ks.as_str()]].concat();
            check_emoji(&o["emoji"], &here)?;
            if o["description"]
                .as_str()
                .is_some_and(|d| d.chars().count() > 100)
            {
                return Err(form_error(
                    &[here.as_slice(), &["description"]].concat(),
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 100 or fewer in length.",
                ));
            }
            for field in ["label", "value"] {
                let len = o[field].as_str().map(|s| s.chars().count());
                if !len.is_some_and(|l| (1..=100).contains(&l)) {
                    let k = k.to_string();
                    return Err(form_error(
                        &[path, &["options", k.as_str(), field]].concat(),
                        "BASE_TYPE_BAD_LENGTH",
                        "Must be between 1 and 100 in length.",
                    ));
                }
            }
        }
    }
    check_default_values(c, kind, min.unwrap_or(1), max.unwrap_or(1), path)?;
    if kind == 8 && !c["channel_types"].is_null() {
        let Some(types) = c["channel_types"].as_array() else {
            return Err(at("channel_types", "BASE_TYPE_ARRAY", "Must be an array."));
        };
        let mut seen = Vec::new();
        for (k, t) in types.iter().enumerate() {
            let ok = t
                .as_u64()
                .filter(|t| CHANNEL_TYPES.contains(t) && !seen.contains(t));
            let Some(t) = ok else {
                let k = k.to_string();
                return Err(form_error(
                    &[path, &["channel_types", k.as_str()]].concat(),
                    "BASE_TYPE_CHOICES",
                    "Value must be a unique channel type.",
                ));
            };
            seen.push(t);
        }
    }
    Ok(())
}

/// Auto-populated selects (user 5, role 6, mentionable 7, channel 8): `default_values` of
/// `{id, type}` with a snowflake id and the type the select picks, min..=max of them; a
/// string select (3) has none.
fn check_default_values(c: &Value, kind: u64, min: u64, max: u64, path: &[&str]) -> Check {
    let field = &c["default_values"];
    if field.is_null() {
        return Ok(());
    }
    let at = |sub: &[&str], code: &str, msg: &str| {
        form_error(&[path, &["default_values"], sub].concat(), code, msg)
    };
    let allowed: &[&str] = match kind {
        5 => &["user"],
        6 => &["role"],
        7 => &["user", "role"],
        8 => &["channel"],
        _ => {
            return Err(at(
                &[],
                "BASE_TYPE_INVALID",
                "This field is not allowed here.",
            ))
        }
    };
    let Some(list) = field.as_array() else {
        return Err(at(&[], "BASE_TYPE_ARRAY", "Must be an array."));
    };
    let n = u64::try_from(list.len()).unwrap_or(u64::MAX);
    if n > 0 && !(min..=max).contains(&n) {
        return Err(at(
            &[],
            "BASE_TYPE_BAD_LENGTH",
            &format!("Must be between {min} and {max} in length."),
        ));
    }
    for (k, v) in list.iter().enumerate() {
        let k = k.to_string();
        let snowflake = match &v["id"] {
            Value::String(s) => s.parse::<u64>().is_ok(),
            id => id.as_u64().is_some(),
        };
        if !snowflake {
            return Err(at(
                &[&k, "id"],
                "NUMBER_TYPE_COERCE",
                "Value is not snowflake.",
            ));
        }
        if !v["type"].as_str().is_some_and(|t| allowed.contains(&t)) {
            return Err(at(
                &[&k, "type"],
                "BASE_TYPE_CHOICES",
                &format!("Value must be one of {allowed:?}."),
            ));
        }
    }
    Ok(())
}

/// Checks a modal (callback type 9): custom ids, at most 5 top-level components.
pub(crate) fn check_modal(data: &Value) -> Check {
    let mut ids = Vec::new();
    check_custom_id(data, &[], &mut ids)?;
    let rows = data["components"].as_array().map_or(0, Vec::len);
    if !(1..=5).contains(&rows) {
        return Err(form_error(
            &["components"],
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 5 in length.",
        ));
    }
    let mut ids = Vec::new();
    for (i, row) in data["components"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let i = i.to_string();
        let inner: Vec<&Value> = match (&row["components"], &row["component"]) {
            (Value::Array(a), _) => a.iter().collect(),
            (_, c @ Value::Object(_)) => vec![c],
            _ => vec![],
        };
        for (j, c) in inner.into_iter().enumerate() {
            let j = j.to_string();
            check_custom_id(c, &["components", &i, "components", &j], &mut ids)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn button(id: &str) -> Value {
        json!({"type": 2, "style": 1, "label": "x", "custom_id": id})
    }

    fn row(items: Vec<Value>) -> Value {
        json!({"type": 1, "components": items})
    }

    fn check(components: Vec<Value>) -> Result<(), Value> {
        check_message(&json!({"components": components})).map_err(|(status, b)| {
            assert_eq!(status, 400);
            assert_eq!(b["code"], 50035);
            assert_eq!(b["message"], "Invalid Form Body");
            b["errors"].clone()
        })
    }

    #[test]
    fn emoji_on_buttons_and_options() {
        let ok =
            json!({"type": 2, "style": 2, "label": "x", "custom_id": "e", "emoji": {"name": "💳"}});
        assert!(check(vec![row(vec![ok])]).is_ok());
        let custom = json!({"type": 2, "style": 2, "custom_id": "c", "emoji": {"name": "card", "id": "123"}});
        assert!(check(vec![row(vec![custom])]).is_ok());
        let nameless = json!({"type": 2, "style": 2, "custom_id": "n", "emoji": {"id": "123"}});
        assert!(check(vec![row(vec![nameless])]).is_err());
        let long = json!({"type": 3, "custom_id": "s", "options": [{"label": "A", "value": "a", "description": "d".repeat(101)}]});
        assert!(check(vec![row(vec![long])]).is_err());
        let bad_id = json!({"type": 3, "custom_id": "s", "options": [{"label": "A", "value": "a", "emoji": {"name": "x", "id": 5}}]});
        assert!(check(vec![row(vec![bad_id])]).is_err());
    }

    #[test]
    fn rows_and_buttons() {
        assert!(check(vec![row(vec![button("a"), button("b")])]).is_ok());
        let six: Vec<Value> = (0..6).map(|i| row(vec![button(&i.to_string())])).collect();
        let e = check(six).unwrap_err();
        assert!(e["components"]["_errors"][0]["code"].is_string(), "{e}");
        let wide: Vec<Value> = (0..6).map(|i| button(&i.to_string())).collect();
        assert!(check(vec![row(wide)]).unwrap_err()["components"]["0"]["components"].is_object());
        assert!(check(vec![row(vec![])]).is_err());
        let long = "x".repeat(101);
        let e = check(vec![row(vec![button(&long)])]).unwrap_err();
        assert_eq!(
            e["components"]["0"]["components"]["0"]["custom_id"]["_errors"][0]["code"],
            "BASE_TYPE_BAD_LENGTH"
        );
        assert!(check(vec![row(vec![button("a")]), row(vec![button("a")])]).is_err());
        let link = json!({"type": 2, "style": 5, "label": "docs", "url": "https://x.y"});
        assert!(check(vec![row(vec![link])]).is_ok());
    }

    #[test]
    fn selects() {
        let sel = |extra: Value| {
            let mut s = json!({"type": 8, "custom_id": "pick"});
            for (k, v) in extra.as_object().unwrap() {
                s[k] = v.clone();
            }
            s
        };
        assert!(check(vec![row(vec![sel(
            json!({"min_values": 1, "max_values": 3, "channel_types": [0, 15]})
        )])])
        .is_ok());
        assert!(check(vec![row(vec![sel(
            json!({"min_values": 3, "max_values": 2})
        )])])
        .is_err());
        assert!(check(vec![row(vec![sel(json!({"max_values": 26}))])]).is_err());
        assert!(check(vec![row(vec![sel(json!({"max_values": 0}))])]).is_err());
        assert!(check(vec![row(vec![sel(json!({"min_values": 0}))])]).is_ok());
        let e = check(vec![row(vec![sel(json!({"channel_types": [0, 7]}))])]).unwrap_err();
        assert!(
            e["components"]["0"]["components"]["0"]["channel_types"]["1"].is_object(),
            "{e}"
        );
        assert!(
            check(vec![row(vec![sel(json!({})), button("b")])]).is_err(),
            "a select is alone"
        );
        let chosen = |v: Value| sel(json!({"max_values": 1, "default_values": v}));
        assert!(check(vec![row(vec![chosen(
            json!([{"id": 5, "type": "channel"}])
        )])])
        .is_ok());
        assert!(check(vec![row(vec![chosen(
            json!([{"id": "5", "type": "channel"}])
        )])])
        .is_ok());
        let e = check(vec![row(vec![chosen(json!([{"id": 5, "type": "role"}]))])]).unwrap_err();
        assert!(
            e["components"]["0"]["components"]["0"]["default_values"]["0"]["type"].is_object(),
            "{e}"
        );
        let two = json!([{"id": 5, "type": "channel"}, {"id": 6, "type": "channel"}]);
        assert!(
            check(vec![row(vec![chosen(two)])]).is_err(),
            "more than max_values"
        );
        assert!(check(vec![row(vec![chosen(
            json!([{"id": "x", "type": "channel"}])
        )])])
        .is_err());
        let string = json!({"type": 3, "custom_id": "s", "options": [{"label": "A", "value": "a"}], "default_values": []});
        assert!(
            check(vec![row(vec![string])]).is_err(),
            "a string select has no defaults"
        );
        let string = json!({"type": 3, "custom_id": "s", "options": []});
        assert!(check(vec![row(vec![string])]).is_err(), "no options");
        let string =
            json!({"type": 3, "custom_id": "s", "options": [{"label": "A", "value": "a"}]});
        assert!(check(vec![row(vec![string])]).is_ok());
    }

    #[test]
    fn nested_under_data() {
        let e = nest(form_error(&["components"], "X", "y"), "data");
        assert!(e.1["errors"]["data"]["components"]["_errors"].is_array());
    }
}
