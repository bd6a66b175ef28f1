//! Mentions: the ids in `<@id>` / `<@&id>` and who a message really pings under
//! `allowed_mentions`.

use crate::state::Message;

/// Who a message actually notifies, by Discord's rules for content and `allowed_mentions`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pings {
    pub users: Vec<u64>,
    pub roles: Vec<u64>,
    /// `@everyone` or `@here` pinged.
    pub everyone: bool,
    /// The author of the replied-to message is pinged.
    pub replied_user: bool,
}

/// The ids in `<@id>` / `<@!id>` (users) or `<@&id>` (roles) mentions.
pub fn mention_ids(content: &str, role: bool) -> Vec<u64> {
    let mut out = Vec::new();
    for piece in content.split("<@").skip(1) {
        let (is_role, rest) = match piece.strip_prefix('&') {
            Some(r) => (true, r),
            None => (false, piece.strip_prefix('!').unwrap_or(piece)),
        };
        if is_role != role {
            continue;
        }
        if let Some((id, _)) = rest.split_once('>') {
            if let Ok(id) = id.parse::<u64>() {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
    }
    out
}

impl Message {
    /// Who this message notifies. Without `allowed_mentions` everything in the content
    /// pings (and a reply pings its author); with it, only what it allows.
    pub fn pings(&self) -> Pings {
        let users = mention_ids(&self.content, false);
        let roles = mention_ids(&self.content, true);
        let everyone = self.content.contains("@everyone") || self.content.contains("@here");
        let is_reply = self.message_reference.is_some();
        let Some(am) = &self.allowed_mentions else {
            return Pings {
                users,
                roles,
                everyone,
                replied_user: is_reply,
            };
        };
        let parse: Vec<&str> = am["parse"]
            .as_array()
            .map(|p| p.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        let listed = |key: &str| -> Vec<u64> {
            am[key]
                .as_array()
                .map(|l| {
                    l.iter()
                        .filter_map(|x| x.as_str().and_then(|s| s.parse().ok()).or(x.as_u64()))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (ul, rl) = (listed("users"), listed("roles"));
        Pings {
            users: users
                .into_iter()
                .filter(|u| parse.contains(&"users") || ul.contains(u))
                .collect(),
            roles: roles
                .into_iter()
                .filter(|r| parse.contains(&"roles") || rl.contains(r))
                .collect(),
            everyone: everyone && parse.contains(&"everyone"),
            replied_user: is_reply && am["replied_user"].as_bool().unwrap_or(false),
        }
    }
}
