//! `concierge sandbox` as a user runs it: the built binary with a script, its printed output
//! checked. A whole support conversation; the README's example session, which must print
//! what the README says it prints; a script line that cannot be run; the second server, not
//! set up, and `:guild` there and back; buttons and select menus on replies only you see.

use regex::Regex;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Settings the sandbox would take from the environment: none, for a stable output.
const ENV: &[&str] = &["DATABASE_URL", "RUST_LOG", "RESPONSES_DIR"];

/// Runs the sandbox in the repository (as `cargo run -- sandbox` would) with `args`,
/// feeding `stdin`.
fn sandbox(args: &[&str], stdin: &str) -> Output {
    sandbox_with(args, stdin, &[])
}

/// [`sandbox`] with these environment variables set.
fn sandbox_with(args: &[&str], stdin: &str, vars: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_concierge"));
    cmd.arg("sandbox")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for key in ENV.iter().chain(concierge::cli::sandbox::PASSED_THROUGH) {
        cmd.env_remove(key);
    }
    cmd.envs(vars.iter().copied());
    let mut child = cmd.spawn().expect("the concierge binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `lines` as a script file; returns (success, stdout, stderr).
fn script(lines: &str) -> (bool, String, String) {
    script_with(lines, &[])
}

/// [`script`] with these environment variables set.
fn script_with(lines: &str, vars: &[(&str, &str)]) -> (bool, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("session.txt");
    std::fs::write(&file, lines).unwrap();
    let out = sandbox_with(&["--script", file.to_str().unwrap()], "", vars);
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Dates and times (they depend on when the test runs) as `<time>`.
fn normalized(text: &str) -> String {
    let re = Regex::new(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}").unwrap();
    re.replace_all(text, "<time>").into_owned()
}

/// The lines of `output` after the one that is exactly `line` (the echo of an input).
fn after<'a>(output: &'a str, line: &str) -> &'a str {
    let at = output
        .find(&format!("{line}\n"))
        .unwrap_or_else(|| panic!("no line {line:?} in:\n{output}"));
    &output[at + line.len() + 1..]
}

/// The lines of `output` after the echo of `line`, up to the next prompt.
fn reply_to<'a>(output: &'a str, line: &str) -> &'a str {
    let rest = after(output, line);
    let prompt = Regex::new(r"(?m)^[a-z-]+ (\[[^\]]+\] )?#[^ ]+> ").unwrap();
    match prompt.find(rest) {
        Some(m) => &rest[..m.start()],
        None => rest,
    }
}

#[test]
fn a_whole_support_conversation() {
    let (ok, out, err) = script(
        "how do I reset my password\n\
         :click solved\n\
         /ticket open the printer is on fire\n\
         It started smoking after the update.\n\
         /ticket claim\n\
         :as agent-ann\n\
         :tick 10\n\
         /ticket claim\n\
         Unplug it first, please. I'm asking the hardware team.\n\
         /ticket escalate needs a technician\n\
         :as agent-bob\n\
         /ticket claim\n\
         /ticket close replaced the power supply\n\
         :as alice\n\
         :react 4️⃣\n\
         :tick 10\n\
         :stats\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");

    // The question gets the knowledge base's answer with its buttons; Solved thanks privately.
    let answer = reply_to(&out, "alice #help> how do I reset my password");
    assert!(
        answer.starts_with("Concierge in #help:\n  │ Resetting your password\n"),
        "{answer}"
    );
    assert!(answer.contains("  buttons: [Solved] [Talk to a human]\n"));
    assert_eq!(
        reply_to(&out, "alice #help> :click solved"),
        "Concierge (only you see this): Glad that helped! Marked as solved.\n"
    );

    // The ticket: a private reply, the intro in the new thread, which alice now follows.
    let opened = reply_to(&out, "alice #help> /ticket open the printer is on fire");
    assert!(
        opened.starts_with("Concierge (only you see this): Your ticket 1 is open: #ticket-1 the printer is on fire."),
        "{opened}"
    );
    assert!(opened.contains(
        "Concierge in #ticket-1: Ticket 1 opened by @alice.\n  Topic: the printer is on fire\n"
    ));
    assert!(
        opened.ends_with("(you are in #ticket-1 the printer is on fire)\n"),
        "{opened}\n--- the whole session:\n{out}\n--- the log:\n{err}"
    );
    assert!(out.contains("alice #ticket-1> It started smoking after the update.\n"));

    // A member cannot claim; agent-ann (tier 1) can, 10 minutes later, and escalates.
    let refused = reply_to(&out, "alice #ticket-1> /ticket claim");
    assert!(
        refused.starts_with("Concierge (only you see this): Only support agents"),
        "{refused}"
    );
    assert!(out.contains("(you are agent-ann, agent, tier 1, in #ticket-1)\n"));
    assert_eq!(
        reply_to(&out, "agent-ann #ticket-1> /ticket claim"),
        "Concierge in #ticket-1: @agent-ann has claimed ticket 1 and will help you from here.\n"
    );
    let escalated = reply_to(
        &out,
        "agent-ann #ticket-1> /ticket escalate needs a technician",
    );
    assert!(
        escalated
            .contains("Ticket 1 was escalated to tier 2 by @agent-ann. Reason: needs a technician"),
        "{escalated}"
    );
    assert!(escalated
        .contains("Concierge in #ticket-1: Tier 2 agents: ticket 1 needs you.\n  @tier-2\n"));
    assert!(escalated.contains("Concierge in #support-log: Ticket 1 was escalated"));

    // agent-bob (tier 2) claims and closes: a private confirmation, the rating prompt.
    assert!(reply_to(&out, "agent-bob #ticket-1> /ticket claim")
        .contains("@agent-bob has claimed ticket 1"));
    let closed = reply_to(
        &out,
        "agent-bob #ticket-1> /ticket close replaced the power supply",
    );
    assert!(
        closed.starts_with("Concierge (only you see this): Ticket 1 closed.\nConcierge in #ticket-1: Ticket 1 is closed.\n  Resolution: replaced the power supply\n"),
        "{closed}"
    );
    assert!(
        closed.ends_with("  reactions: 1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣\n"),
        "{closed}"
    );

    // alice rates 4; she may change it for 10 minutes, then the thread is locked (the
    // transcript went to #support-log, which she does not see).
    assert_eq!(reply_to(&out, "alice #ticket-1> :react 4️⃣"), "");
    assert!(
        reply_to(&out, "alice #ticket-1> :tick 10")
            .contains("(#ticket-1 is now locked and archived)\n"),
        "{out}"
    );

    // The KPIs: one ticket, answered after 10 minutes, rated 4.
    let stats = reply_to(&out, "alice #ticket-1> :stats");
    assert!(stats.starts_with("Support KPIs, last 30 days ("), "{stats}");
    for line in [
        "  tickets opened / closed / reopened  1 / 1 / 0\n",
        "  first response time median / p90    10m 00s / 10m 00s\n",
        "  CSAT mean (ratings, share 4-5)      4.00 (1, 100.0%)\n",
        "  auto-answers / deflection           1 / 100.0% (1 confirmed by the asker, 0 assumed)\n",
        "  backlog                             0 (-)\n",
        "    agent-ann               1    10m 00s     0       -  - (0)\n",
    ] {
        assert!(stats.contains(line), "no {line:?} in:\n{stats}");
    }
    assert!(!err.contains("WARN") && !err.contains("ERROR"), "{err}");
}

/// The README's session block: its input lines (after the prompts) and every line it shows.
fn readme_session() -> (String, Vec<String>) {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let block = after(&readme, "```console").split("\n```").next().unwrap();
    assert!(
        readme[..readme.find("```console").unwrap()].contains("<!-- sandbox-session"),
        "the README's session block is marked"
    );
    let prompt =
        Regex::new(r"^(alice|bob|carol|agent-ann|agent-bob|agent-cy|mod-max) #\S+> (.*)$").unwrap();
    let mut input = String::new();
    let mut shown = Vec::new();
    for line in block.lines() {
        if line.starts_with("$ ") {
            continue;
        }
        if let Some(c) = prompt.captures(line) {
            input.push_str(&c[2]);
            input.push('\n');
        }
        shown.push(line.to_string());
    }
    (input, shown)
}

#[test]
fn the_readme_session_prints_what_the_readme_says() {
    let (input, shown) = readme_session();
    assert!(shown.len() > 20, "the README shows a session");
    // Standard input that is not a terminal is a script too.
    let out = sandbox(&[], &input);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    let actual: Vec<String> = normalized(&stdout).lines().map(str::to_string).collect();
    // Every line shown appears, in order; `…` stands for lines left out.
    let mut at = 0;
    let mut skipping = false;
    for want in shown.iter().map(|l| normalized(l)) {
        if want.trim() == "…" {
            skipping = true;
            continue;
        }
        let found = if skipping {
            actual[at..].iter().position(|l| *l == want).map(|i| at + i)
        } else {
            (actual.get(at) == Some(&want)).then_some(at)
        };
        let Some(i) = found else {
            panic!(
                "the README shows {want:?} but the sandbox printed, from there:\n{}\n\n\
                 the whole session:\n{}\n\nits log:\n{}",
                actual[at..].join("\n"),
                actual.join("\n"),
                String::from_utf8_lossy(&out.stderr)
            );
        };
        at = i + 1;
        skipping = false;
    }
    assert_eq!(
        at,
        actual.len(),
        "the sandbox printed more than the README shows"
    );
}

#[test]
fn a_script_stops_at_a_line_it_cannot_run() {
    let (ok, out, err) = script(":as agent-ann\n:as zed\n/ticket queue\n");
    assert!(!ok);
    assert!(
        err.contains("error: line 2: nobody is called `zed`"),
        "{err}"
    );
    assert!(out.contains("agent-ann #help> :as zed\n"), "{out}");
    assert!(!out.contains("/ticket queue"), "the script stopped: {out}");
}

#[test]
fn the_sandbox_keeps_you_where_you_can_see_and_says_each_change_once() {
    let (ok, out, err) = script(
        "how do I reset my password\n\
         :as bob\n\
         :react 👎\n\
         :as carol\n\
         :in #general\n\
         hello there\n\
         :as bob\n\
         :in #help\n\
         :as alice\n\
         /ticket open printer on fire\n\
         It smokes.\n\
         :as agent-ann\n\
         /ticket claim\n\
         Unplug it.\n\
         Then wait a minute.\n\
         /ticket close replaced the fuse\n\
         :as alice\n\
         :react 4️⃣\n\
         :tick 10\n\
         :as bob\n\
         still here\n\
         :as agent-ann\n\
         :in #support-log\n\
         :in ticket-1\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");

    // Point 14: bob's 👎 is news to carol, in another channel: said once, with which message
    // and who; not to bob (he did it), and never again.
    let news = "(bob reacted 👎 on Concierge's message in #help (\"Resetting your password\"); \
                its reactions are now 👎)\n";
    assert_eq!(reply_to(&out, "bob #help> :react 👎"), "");
    assert_eq!(reply_to(&out, "carol #general> hello there"), news);
    assert_eq!(out.matches("bob reacted").count(), 1, "{out}");
    assert!(!out.contains("reactions on the bot's message"), "{out}");

    // Point 13: bob cannot see alice's ticket: he is taken to #help, and can talk there.
    assert_eq!(
        reply_to(&out, "alice #ticket-1> :as bob"),
        "(you are bob, member, in #help: bob cannot see #ticket-1)\n"
    );
    assert_eq!(reply_to(&out, "bob #help> still here"), "");
    assert!(!out.contains("403"), "{out}");

    // Point 15: entering a channel shows its last messages, whoever wrote them: the
    // transcript in #support-log; in the ticket, the last 5 and how many came before.
    let log = reply_to(&out, "agent-ann #help> :in #support-log");
    assert!(
        log.starts_with(
            "(you are in #support-log)\n\
             Concierge in #support-log: Ticket 1 opened by @alice (normal).\n\
             Concierge in #support-log: Transcript of ticket 1 (printer on fire), closed by @agent-ann.\n\
             \x20 file: ticket-1.md"
        ),
        "{log}"
    );
    let ticket = reply_to(&out, "agent-ann #support-log> :in ticket-1");
    assert!(
        ticket.starts_with(
            "(you are in #ticket-1 printer on fire)\n\
             (1 earlier message not shown)\n\
             alice in #ticket-1: It smokes.\n\
             Concierge in #ticket-1: @agent-ann has claimed ticket 1 and will help you from here.\n\
             agent-ann in #ticket-1: Unplug it.\n\
             agent-ann in #ticket-1: Then wait a minute.\n\
             Concierge in #ticket-1: Ticket 1 is closed.\n"
        ),
        "{ticket}"
    );
    assert!(
        ticket.ends_with("  reactions: 1️⃣ 2️⃣ 3️⃣ 4️⃣×2 5️⃣\n"),
        "{ticket}"
    );
    // What was shown on entering is not shown again.
    assert_eq!(out.matches("alice in #ticket-1: It smokes.").count(), 1);
}

#[test]
fn the_clock_does_not_move_over_a_database_the_user_named() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("real.db").display());
    let (ok, out, err) = script_with(
        "/ticket open printer on fire\n:tick 5\n/ticket queue\n",
        &[("DATABASE_URL", &url)],
    );
    assert!(!ok, "{out}");
    assert!(
        out.contains(
            "(DATABASE_URL; :tick is off, so that no times in the future are written into it)"
        ),
        "the banner says so: {out}"
    );
    assert!(
        err.contains(
            "error: line 2: :tick is off: this sandbox runs on the database named in DATABASE_URL, \
             and moving the clock would write times in the future into it"
        ),
        "{err}"
    );
    assert!(
        err.contains("Unset DATABASE_URL to rehearse on a throwaway database"),
        "{err}"
    );
    assert!(!out.contains("the clock moved"), "{out}");
    // Nor are the demo categories and panel written into it.
    assert!(!out.contains("Need a human?"), "{out}");
    assert!(!out.contains("/ticket queue"), "the script stopped: {out}");
}

#[test]
fn the_second_server_is_not_set_up_and_guild_goes_there_and_back() {
    let (ok, out, err) = script(
        ":guild\n\
         :guild second\n\
         how do I reset my password\n\
         /ticket open printer on fire\n\
         :who\n\
         :as helper-hal\n\
         :in #staff\n\
         :as alice\n\
         :stats\n\
         :guild Concierge Sandbox\n\
         how do I reset my password\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");
    assert!(
        out.contains("The bot is also in Second Server, which is not set up yet: `:guild Second Server` goes there"),
        "the banner says so: {out}"
    );
    assert_eq!(
        reply_to(&out, "alice #help> :guild"),
        "  Concierge Sandbox  set up          (you are here: alice in #help)\n  \
         Second Server      not set up yet\n"
    );

    // There: the prompt names it; the bot's welcome is the last thing in #lobby.
    let there = reply_to(&out, "alice #help> :guild second");
    assert!(
        there.starts_with(
            "(you are alice, member, in Second Server, #lobby)\n\
             Concierge in #lobby: Hello Second Server! "
        ),
        "{there}"
    );
    assert!(there.contains("Nothing is set up here yet"), "{there}");

    // Not set up: no answer, and /ticket open says so.
    assert_eq!(
        reply_to(
            &out,
            "alice [Second Server] #lobby> how do I reset my password"
        ),
        ""
    );
    let refused = reply_to(
        &out,
        "alice [Second Server] #lobby> /ticket open printer on fire",
    );
    assert!(
        refused.starts_with("Concierge (only you see this): ") && refused.contains("not set up"),
        "{refused}"
    );
    assert!(!refused.contains("#ticket-1"), "{refused}");

    // Its people, as the server's roles describe them; #staff is for helpers.
    assert_eq!(
        reply_to(&out, "alice [Second Server] #lobby> :who"),
        "  alice      member  (you)\n  \
         agent-ann  member\n  \
         owner-olga owner\n  \
         helper-hal member (helpers)\n"
    );
    assert_eq!(
        reply_to(&out, "helper-hal [Second Server] #lobby> :in #staff"),
        "(you are in Second Server, #staff)\n"
    );
    assert_eq!(
        reply_to(&out, "helper-hal [Second Server] #staff> :as alice"),
        "(you are alice, member, in Second Server, #lobby: alice cannot see #staff)\n"
    );
    let stats = reply_to(&out, "alice [Second Server] #lobby> :stats");
    assert!(
        stats.contains("  tickets opened / closed / reopened  0 / 0 / 0\n"),
        "{stats}"
    );

    // And back: the set-up server answers.
    // Back in #help: its last messages, the ticket panel there.
    let back = reply_to(
        &out,
        "alice [Second Server] #lobby> :guild Concierge Sandbox",
    );
    assert!(
        back.starts_with(
            "(you are alice, member, in Concierge Sandbox, #help)\n\
             Concierge in #help:\n  │ Need a human?\n"
        ),
        "{back}"
    );
    let answer = reply_to(&out, "alice #help> how do I reset my password");
    assert!(
        answer.starts_with("Concierge in #help:\n  │ Resetting your password\n"),
        "{answer}"
    );
    assert!(!err.contains("WARN") && !err.contains("ERROR"), "{err}");
}

/// The error a script stops with, when its last line cannot be run.
fn stops_with(lines: &str) -> String {
    let (ok, out, err) = script(lines);
    assert!(!ok, "the script should stop: {out}");
    let n = lines.lines().count();
    let prefix = format!("error: line {n}: ");
    err.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no {prefix:?} in:\n{err}\n{out}"))
        .to_string()
}

#[test]
fn people_and_servers_that_are_not_there_are_refused() {
    assert_eq!(
        stops_with(":as owner-olga\n"),
        "owner-olga is not a member of Concierge Sandbox but of Second Server: go there with \
         :guild Second Server, then :as owner-olga"
    );
    assert_eq!(
        stops_with(":as agent-cy\n:guild Second Server\n"),
        "agent-cy is not a member of Second Server (its members: alice, agent-ann, owner-olga, \
         helper-hal): :as one of them first"
    );
    assert_eq!(
        stops_with(":guild Third\n"),
        "there is no server `Third` (there are Concierge Sandbox, Second Server)"
    );
    assert_eq!(
        stops_with(":guild second\n:in #help\n"),
        "there is no channel or ticket `help` (there are #lobby, #questions, #staff)"
    );
    assert_eq!(
        stops_with(":pick tier 1: @helpers\n"),
        "no `tier 1` menu on the bot's messages in #help (a menu is named by the words of its \
         placeholder)"
    );
}

#[test]
fn buttons_on_replies_only_you_see_are_pressed_by_their_words() {
    let (ok, out, err) = script(
        ":guild Second Server\n\
         :as owner-olga\n\
         /config delete-data\n\
         :click delete everything\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");
    let asked = reply_to(
        &out,
        "owner-olga [Second Server] #lobby> /config delete-data",
    );
    assert!(
        asked.starts_with("Concierge (only you see this): This deletes everything"),
        "{asked}"
    );
    assert!(
        asked.ends_with("  buttons: [Delete everything]\n"),
        "{asked}"
    );
    let done = reply_to(
        &out,
        "owner-olga [Second Server] #lobby> :click delete everything",
    );
    assert!(
        done.starts_with("Concierge (only you see this): Deleted: 0 ticket(s)"),
        "{done}"
    );
}

#[test]
fn the_owner_sets_the_second_server_up_with_setup_by_picks_and_clicks() {
    let (ok, out, err) = script(
        ":guild Second Server\n\
         :as owner-olga\n\
         /setup\n\
         :pick tier 1: @helpers\n\
         :click next\n\
         :pick moderators: @experts\n\
         :click next\n\
         :pick watched: #questions\n\
         :click create #tickets\n\
         :click create #support-log\n\
         :click finish\n\
         :as alice\n\
         :in #questions\n\
         how do I reset my password\n\
         /ticket open printer on fire\n\
         It smokes.\n\
         :as helper-hal\n\
         /ticket claim\n\
         :guild\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");
    let o = "owner-olga [Second Server] #lobby> ";

    // /setup answers only her, with its menus as they stand.
    let first = reply_to(&out, &format!("{o}/setup"));
    assert!(
        first.starts_with("Concierge (only you see this): Set up Concierge: step 1 of 3"),
        "{first}"
    );
    assert!(
        first.contains("\n  menu: Tier 1 agents' role (role, choose up to 1; now none)\n"),
        "{first}"
    );
    assert!(first.contains("\n  buttons: ["), "{first}");

    // Each pick and click updates that message, shown again with what it holds now.
    let picked = reply_to(&out, &format!("{o}:pick tier 1: @helpers"));
    assert!(
        picked.starts_with("Concierge (only you see this, edited): Set up Concierge: step 1 of 3"),
        "{picked}"
    );
    assert!(
        picked.contains("\n  menu: Tier 1 agents' role (role, choose up to 1; now @helpers)\n"),
        "{picked}"
    );
    let next = reply_to(&out, &format!("{o}:click next"));
    assert!(next.contains("step 2 of 3"), "{next}");
    assert!(
        reply_to(&out, &format!("{o}:pick moderators: @experts")).contains(
            "\n  menu: Moderators' roles (optional) (role, choose up to 25; now @experts)\n"
        ),
        "{out}"
    );
    let watched = reply_to(&out, &format!("{o}:pick watched: #questions"));
    assert!(
        watched.contains(
            "\n  menu: Channels where members ask (watched) (text, announcement or forum channel, \
             choose up to 25; now #questions)\n"
        ),
        "{watched}"
    );
    assert!(
        reply_to(&out, &format!("{o}:click create #tickets")).contains(
            "\n  menu: Ticket channel (private ticket threads go under it) (text channel, \
             choose up to 1; now #tickets)\n"
        ),
        "{out}"
    );
    let log = reply_to(&out, &format!("{o}:click create #support-log"));
    assert!(
        log.contains("\nConcierge in #support-log: @owner-olga changed a setting with /setup"),
        "the owner sees the new log channel: {log}"
    );
    let done = reply_to(&out, &format!("{o}:click finish"));
    assert!(
        done.starts_with("Concierge (only you see this, edited): Concierge is set up."),
        "{done}"
    );

    // Set up: a question in the watched channel is answered, a ticket opens under #tickets
    // and a helper (tier 1 now) claims it.
    let answer = reply_to(
        &out,
        "alice [Second Server] #questions> how do I reset my password",
    );
    assert!(
        answer.starts_with("Concierge in #questions:\n  │ Resetting your password\n"),
        "{answer}"
    );
    let opened = reply_to(
        &out,
        "alice [Second Server] #questions> /ticket open printer on fire",
    );
    assert!(
        opened.starts_with(
            "Concierge (only you see this): Your ticket 1 is open: #ticket-1 printer on fire."
        ),
        "{opened}"
    );
    assert!(
        opened.ends_with("(you are in Second Server, #ticket-1 printer on fire)\n"),
        "{opened}"
    );
    assert_eq!(
        reply_to(&out, "helper-hal [Second Server] #ticket-1> /ticket claim"),
        "Concierge in #ticket-1: @helper-hal has claimed ticket 1 and will help you from here.\n"
    );
    assert!(
        reply_to(&out, "helper-hal [Second Server] #ticket-1> :guild").contains(
            "\n  Second Server      set up          (you are here: helper-hal in #ticket-1)\n"
        ),
        "{out}"
    );
    assert!(!err.contains("WARN") && !err.contains("ERROR"), "{err}");
}

#[test]
fn a_pick_the_menu_does_not_take_stops_the_script() {
    let setup = ":guild Second Server\n:as owner-olga\n/setup\n";
    assert_eq!(
        stops_with(&format!("{setup}:pick tier 1: @nobody\n")),
        "there is no role `@nobody` here (there are @helpers, @experts)"
    );
    assert_eq!(
        stops_with(&format!("{setup}:pick tier 1: @helpers, @experts\n")),
        "`Tier 1 agents' role` takes at most 1 (you gave 2: @helpers, @experts)"
    );
    assert_eq!(
        stops_with(&format!("{setup}:pick tier: @helpers\n")),
        "`tier` fits several menus: [Tier 1 agents' role] [Tier 2 agents' role (optional)] \
         [Tier 3 agents' role (optional)]; give more of the words"
    );
    assert_eq!(
        stops_with(&format!("{setup}:click next\n:pick watched: #lobby\n")),
        "no `watched` menu on the bot's messages in #lobby (a menu is named by the words of its \
         placeholder)"
    );
}

#[test]
fn the_panel_in_help_opens_a_ticket_in_a_category_through_its_form() {
    let (ok, out, err) = script(
        ":in #help\n\
         :click billing\n\
         A-1234\n\
         charged twice\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");
    assert!(
        out.contains(
            "In #help, the panel \"Need a human?\" opens a ticket in a category (Billing or \
             Technical): `:click billing` presses its button, then your next lines answer the form.\n"
        ),
        "the banner says so: {out}"
    );

    // The panel is in #help, a button per category.
    let help = reply_to(&out, "alice #help> :in #help");
    assert!(
        help.contains("Concierge in #help:\n  │ Need a human?\n"),
        "{help}"
    );
    assert!(
        help.ends_with("  buttons: [💳 Billing] [🛠️ Technical]\n"),
        "{help}"
    );

    // Its Billing button opens the category's form; each line fills one field.
    assert_eq!(
        reply_to(&out, "alice #help> :click billing"),
        "Concierge opens a form, \"Open a ticket: Billing\" (2 fields): Order number (your next \
         line fills it in)\n"
    );
    assert_eq!(
        reply_to(&out, "alice #help> A-1234"),
        "(your next line fills in: What happened? — optional, `-` to skip)\n"
    );

    // The last one sends it: the ticket is in the category, with the answers in its intro,
    // and the billing team (the category's) is pinged.
    let opened = reply_to(&out, "alice #help> charged twice");
    assert!(
        opened.starts_with(
            "Concierge (only you see this): Your ticket 1 is open: #ticket-1 [Billing] A-1234."
        ),
        "{opened}"
    );
    assert!(
        opened.contains(
            "Concierge in #ticket-1: Ticket 1 opened by @alice.\n  Topic: A-1234\n  Category: 💳 Billing\n"
        ),
        "{opened}"
    );
    assert!(opened.contains("\n  @billing\n"), "{opened}");
    assert!(
        opened.contains(
            "  │ Billing form\n  │ Order number: A-1234\n  │ What happened?: charged twice\n"
        ),
        "{opened}"
    );
    assert!(
        opened.ends_with("(you are in #ticket-1 [Billing] A-1234)\n"),
        "{opened}"
    );
    assert!(!err.contains("WARN") && !err.contains("ERROR"), "{err}");
}

#[test]
fn a_required_field_left_empty_is_asked_again_and_a_command_dismisses_the_form() {
    let (ok, out, err) = script(
        ":click billing\n\
         A-1234\n\
         :in #general\n\
         :in #help\n\
         :click technical\n\
         -\n\
         updating the app\n\
         -\n\
         it crashes on start\n",
    );
    assert!(ok, "the script runs: {err}\n{out}");

    // A command line dismisses a half-filled form: nothing is sent.
    assert!(
        reply_to(&out, "alice #help> :in #general").starts_with("(the form was dismissed)\n"),
        "{out}"
    );
    assert!(!out.contains("[Billing]"), "{out}");

    // `-` is no answer to a required field: it is asked again, and the script goes on.
    assert_eq!(
        after(&out, "alice #help> :click technical")
            .lines()
            .take(7)
            .collect::<Vec<_>>(),
        [
            "Concierge opens a form, \"Open a ticket: Technical\" (2 fields): What were you \
             doing? (your next line fills it in)",
            "alice #help> -",
            "\"What were you doing?\" needs an answer (your next line fills it in again)",
            "alice #help> updating the app",
            "(your next line fills in: What went wrong?)",
            "alice #help> -",
            "\"What went wrong?\" needs an answer (your next line fills it in again)",
        ]
    );
    let opened = reply_to(&out, "alice #help> it crashes on start");
    assert!(
        opened.starts_with(
            "Concierge (only you see this): Your ticket 1 is open: #ticket-1 [Technical] updating the app."
        ),
        "{opened}"
    );
    // (The intro keeps the emoji as the moderator gave it, variation selector included.)
    let category = Regex::new("(?m)^  Category: 🛠\u{fe0f} Technical$").unwrap();
    assert!(category.is_match(opened), "{opened}");
    assert!(
        opened.contains(
            "  │ Technical form\n  │ What were you doing?: updating the app\n  │ What went wrong?: it crashes on start\n"
        ),
        "{opened}"
    );
    assert!(!err.contains("WARN") && !err.contains("ERROR"), "{err}");
}
