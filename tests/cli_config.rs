//! `concierge config export` / `import` with the real binary: the export reads back as the
//! same settings, an edited file is applied and said, a bad file is refused with every
//! problem and changes nothing, and a database with several servers asks which.

#[macro_use]
mod common;

use common::*;
use concierge::settings::Source;
use concierge::tickets::GuildId;
use std::process::{Command, Output};

fn concierge(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env_remove("GUILD_ID")
        .current_dir(dir)
        .output()
        .expect("run concierge")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_edit_import_and_refusals() {
    let db = TestDb::sqlite().await;
    let dir = db.dir.as_ref().unwrap().path().to_path_buf();
    let desk = db.desk().await;
    let changes = |pairs: &[(&str, &str)]| -> Vec<(String, Option<String>)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect()
    };
    desk.change_settings(
        GuildId(5),
        &changes(&[("ticket_channel", "200"), ("tier_roles", "11,12")]),
        None,
        Source::Discord,
        at(0),
    )
    .await
    .unwrap();
    desk.shutdown().await;

    let out = concierge(&dir, &["config", "export", "--database-url", &db.url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported = text(&out.stdout);
    assert!(exported.contains("ticket_channel = \"200\""), "{exported}");
    assert!(
        exported.contains("tier_roles = [\"11\", \"12\"]"),
        "{exported}"
    );
    assert!(exported.contains("# max_open_tickets = 3"), "{exported}");

    // Unchanged, it changes nothing; edited, it says what changed.
    let file = dir.join("server.toml");
    std::fs::write(&file, &exported).unwrap();
    let import = |file: &std::path::Path| {
        concierge(
            &dir,
            &[
                "config",
                "import",
                file.to_str().unwrap(),
                "--database-url",
                &db.url,
            ],
        )
    };
    let out = import(&file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("nothing changed"),
        "{}",
        text(&out.stdout)
    );
    let edited = exported.replace("# max_open_tickets = 3", "max_open_tickets = 1");
    std::fs::write(&file, edited).unwrap();
    let out = import(&file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("max_open_tickets: (default) -> 1"),
        "{}",
        text(&out.stdout)
    );

    // Every problem at once; nothing changed.
    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        "ticket_channel = \"general\"\nmax_open_tickets = 1000\ncolour = \"blue\"\n",
    )
    .unwrap();
    let out = import(&bad);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    for name in [
        "ticket_channel",
        "max_open_tickets",
        "colour",
        "nothing was changed",
    ] {
        assert!(err.contains(name), "{name} in {err}");
    }
    let desk = db.desk().await;
    let s = desk.server(GuildId(5)).await.unwrap().settings.clone();
    assert_eq!((s.ticket_channel, s.max_open_tickets), (Some(200), 1));

    // Two servers: which one must be said.
    desk.change_settings(
        GuildId(6),
        &changes(&[("log_channel", "9")]),
        None,
        Source::Discord,
        at(1),
    )
    .await
    .unwrap();
    desk.shutdown().await;
    let out = concierge(&dir, &["config", "export", "--database-url", &db.url]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("2 servers (5, 6)"),
        "{}",
        text(&out.stderr)
    );
    let out = concierge(
        &dir,
        &[
            "config",
            "export",
            "--guild",
            "6",
            "--database-url",
            &db.url,
        ],
    );
    assert!(text(&out.stdout).contains("log_channel = \"9\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guild_delete_needs_yes_then_deletes_the_rows_and_the_folder() {
    let db = TestDb::sqlite().await;
    let dir = db.dir.as_ref().unwrap().path().to_path_buf();
    let desk = db.desk().await;
    let mut r = request(member(1), "help");
    r.guild = GuildId(5);
    desk.open(r, at(0)).await.unwrap();
    desk.open(request(member(2), "elsewhere"), at(0))
        .await
        .unwrap();
    desk.shutdown().await;
    let responses = dir.join("responses");
    std::fs::create_dir_all(responses.join("5")).unwrap();
    std::fs::write(responses.join("5").join("own.toml"), "").unwrap();

    let out = concierge(&dir, &["guild", "list", "--database-url", &db.url]);
    assert_eq!(
        text(&out.stdout).lines().count(),
        2,
        "{}",
        text(&out.stdout)
    );
    let args = |yes: bool| {
        let mut a = vec![
            "guild",
            "delete",
            "5",
            "--responses",
            responses.to_str().unwrap(),
            "--database-url",
            &db.url,
        ];
        if yes {
            a.push("--yes");
        }
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run = |a: Vec<String>| {
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        concierge(&dir, &a)
    };
    let out = run(args(false));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"), "{}", text(&out.stderr));
    assert!(responses.join("5").exists());
    let out = run(args(true));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("1 ticket(s)"),
        "{}",
        text(&out.stdout)
    );
    assert!(!responses.join("5").exists());
    let store = concierge::store::Store::open(&db.url).await.unwrap();
    assert_eq!(
        store.ticket_count().await.unwrap(),
        1,
        "the other server's ticket stays"
    );
    store.close().await;
}
