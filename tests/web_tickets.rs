//! The dashboard's Tickets pages over real HTTP on loopback, beside the real bot on the
//! emulator making the tickets: the list (filters by status, category and text typed in a
//! message; paging; bad values named in a 400), its CSV download, one ticket's page (header,
//! history, messages, staff notes, rating) and its transcript downloads; hostile member text
//! shown only as text; another server's tickets never shown.

mod discord;
mod web;

use concierge::bot::commands::{category, ticket as tc};
use concierge::clock::Clock;
use concierge::desk::OpenRequest;
use concierge::sandbox::world::World;
use concierge::tickets::{Actor, GuildId, UserId};
use discord::*;
use discord_emulator::Opt;
use web::{link_login, ticket_path, Browser, Page};

/// Whether a list page has a row for ticket `no`.
fn lists(page: &Page, guild: u64, no: i64) -> bool {
    page.body
        .contains(&format!("href=\"{}\"", ticket_path(guild, no)))
}

/// A response header's value.
fn header(page: &Page, name: &str) -> String {
    page.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// The list of `guild` with the query `q`.
async fn list(b: &mut Browser, guild: u64, q: &str) -> Page {
    let page = b.get(&format!("/g/{guild}/tickets?{q}")).await;
    assert_eq!(page.status, 200, "{q}: {}", page.body);
    page
}

/// `carol` opens a ticket in the category Billing (added by `mod-max`, with a one-question
/// form answered `A-123`, the ticket's topic); returns its thread.
async fn billing_ticket(w: &World) -> u64 {
    let said = moderator_fills(
        w,
        (category::NAME, category::subs::ADD),
        vec![],
        &[
            ("name", "Billing"),
            ("questions", "Order number | short | 3-12"),
        ],
    )
    .await;
    assert!(said.contains("Category added"), "{said}");
    let (help, carol) = (w.channel("help"), w.user("carol"));
    let r = slash(
        w,
        help,
        carol,
        tc::NAME,
        tc::subs::OPEN,
        vec![Opt::string(tc::opts::CATEGORY, "billing")],
    )
    .await;
    let modal = r.modal.clone().expect("the category's form");
    submit_ticket_form(w, help, carol, &modal, &[("q0", "A-123")])
        .await
        .id
}

#[tokio::test]
async fn the_list_filters_pages_and_downloads_as_csv() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let minute = chrono::Duration::minutes(1);

    // #1 in Billing; #2 answered and closed, with a message to find; #3 a formula.
    billing_ticket(&w).await;
    w.clock.advance(minute);
    let printer = open_ticket(&w, "bob", "printer on fire").await;
    w.emu
        .post_message(printer, w.user("bob"), "It smells of Burnt Toast.");
    let ann = w.user("agent-ann");
    slash(&w, printer, ann, tc::NAME, tc::subs::CLAIM, vec![]).await;
    assert!(w.settle(T).await);
    close(&w, printer, ann, vec![]).await;
    w.clock.advance(minute);
    open_ticket(&w, "alice", "=1+2 sums are wrong").await;
    assert!(w.settle(T).await);

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    let all = list(&mut b, guild, "").await;
    assert!((1..=3).all(|n| lists(&all, guild, n)), "{}", all.body);
    for shown in [
        "A-123",
        "printer on fire",
        "=1+2 sums are wrong",
        "Billing",
        "status-closed",
        "agent-ann",
        "Page 1 of 1",
        "<strong>3</strong> tickets",
        "aria-current=\"page\">Tickets<",
    ] {
        assert!(all.body.contains(shown), "{shown}: {}", all.body);
    }
    let overview = b.get(&format!("/g/{guild}")).await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"/g/{guild}/tickets\">Tickets<")),
        "the navigation links the list"
    );

    // Filters: status, category (one, and none), text in a message (any case), a period.
    let only = |page: &Page, ns: &[i64]| (1..=3).all(|n| lists(page, guild, n) == ns.contains(&n));
    let billing = w.bot.desk.categories(GuildId(guild)).await.unwrap()[0].id.0;
    let today = w.clock.now().format("%Y-%m-%d").to_string();
    for (q, ns) in [
        ("status=closed".to_string(), &[2][..]),
        ("status=open".to_string(), &[1, 3]),
        ("status=active&priority=normal".to_string(), &[1, 3]),
        ("status=active&priority=urgent".to_string(), &[]),
        (format!("category={billing}"), &[1]),
        ("category=none".to_string(), &[2, 3]),
        ("q=burnt+TOAST".to_string(), &[2]),
        ("q=printer".to_string(), &[2]),
        ("q=nothing+like+it".to_string(), &[]),
        (format!("from={today}&to={today}"), &[1, 2, 3]),
        ("to=2000-01-01".to_string(), &[]),
        (format!("agent={ann}"), &[2]),
    ] {
        let page = list(&mut b, guild, &q).await;
        assert!(only(&page, ns), "{q}: {}", page.body);
    }
    let kept = list(&mut b, guild, &format!("category={billing}&q=A-1")).await;
    assert!(
        kept.body.contains(&format!(
            "<option value=\"{billing}\" selected>Billing</option>"
        )),
        "the form keeps its values: {}",
        kept.body
    );
    assert!(kept
        .body
        .contains("name=\"q\" maxlength=\"200\" value=\"A-1\""));
    let none = list(&mut b, guild, "q=nothing+like+it").await;
    assert!(none.body.contains("No ticket matches these filters."));

    // Paging: newest first, one per page, the filters kept in the links.
    let first = list(&mut b, guild, "per=1").await;
    assert!(only(&first, &[3]), "{}", first.body);
    assert!(
        first.body.contains("Page 1 of 3 · 3 in all"),
        "{}",
        first.body
    );
    assert!(
        first
            .body
            .contains(&format!("href=\"/g/{guild}/tickets?per=1&amp;page=2\"")),
        "{}",
        first.body
    );
    assert!(!first.body.contains("rel=\"prev\""));
    let second = list(&mut b, guild, "per=1&page=2").await;
    assert!(only(&second, &[2]), "{}", second.body);
    assert!(second.body.contains("rel=\"prev\"") && second.body.contains("rel=\"next\""));
    let last = list(&mut b, guild, "per=1&page=3").await;
    assert!(only(&last, &[1]) && !last.body.contains("rel=\"next\""));
    let open = list(&mut b, guild, "status=open&per=1").await;
    assert!(open.body.contains("Page 1 of 2"), "{}", open.body);
    assert!(
        open.body
            .contains("tickets?status=open&amp;per=1&amp;page=2\""),
        "{}",
        open.body
    );
    let capped = list(&mut b, guild, "per=1000").await;
    assert!(capped.body.contains("Page 1 of 1"), "{}", capped.body);

    // A bad value is a 400 naming it.
    for (q, said) in [
        ("tier=x", "`tier=x` is not a tier"),
        ("status=done", "`status=done` is not a status"),
        (
            "from=2024-13-01",
            "`from=2024-13-01` is not a date as YYYY-MM-DD",
        ),
        ("tag=Not+A+Tag", "`tag=Not A Tag` is not a tag name"),
        ("page=0", "`page=0` is not a page number"),
        ("per=0", "`per=0` is not a number of tickets per page"),
        ("agent=ann", "`agent=ann` is not a Discord user id"),
    ] {
        let page = b.get(&format!("/g/{guild}/tickets?{q}")).await;
        assert_eq!(page.status, 400, "{q}");
        assert!(page.body.contains(said), "{q}: {}", page.body);
    }

    // The CSV: a file to save, the header, a row per ticket, the formula made inert.
    assert!(all
        .body
        .contains(&format!("href=\"/g/{guild}/tickets.csv?\"")));
    let csv = b.get(&format!("/g/{guild}/tickets.csv")).await;
    assert_eq!(csv.status, 200, "{}", csv.body);
    assert_eq!(header(&csv, "content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        header(&csv, "content-disposition"),
        format!("attachment; filename=\"tickets-{guild}-{today}.csv\"")
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert!(lines[0].starts_with("number,topic,status,tier,priority,category"));
    assert_eq!(lines.len(), 4, "{}", csv.body);
    assert!(
        lines[1].starts_with("3,'=1+2 sums are wrong,open,"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains(",=1+2"), "{}", csv.body);
    let closed = b
        .get(&format!("/g/{guild}/tickets.csv?status=closed"))
        .await;
    let lines: Vec<&str> = closed.body.lines().collect();
    assert_eq!(lines.len(), 2, "{}", closed.body);
    assert!(
        lines[1].starts_with("2,printer on fire,closed,"),
        "{}",
        closed.body
    );
    let bad = b.get(&format!("/g/{guild}/tickets.csv?tier=x")).await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn a_ticket_page_shows_its_history_messages_notes_and_rating() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let (ann, carol) = (w.user("agent-ann"), w.user("carol"));

    let thread = open_ticket(&w, "carol", "printer on fire").await;
    w.emu.post_message(thread, carol, "It smokes.\nAnd beeps.");
    slash(&w, thread, ann, tc::NAME, tc::subs::CLAIM, vec![]).await;
    w.emu
        .post_message(thread, ann, "Unplug it: https://cdn.example/unplug.png");
    slash(
        &w,
        thread,
        ann,
        tc::NAME,
        tc::subs::NOTE,
        vec![Opt::string(tc::opts::TEXT, "VIP customer, be kind")],
    )
    .await;
    assert!(w.settle(T).await);
    let prompt = close(&w, thread, ann, vec![]).await;
    w.emu.add_reaction(thread, prompt.id, carol, "4️⃣").unwrap();
    let t = ticket(&w, thread).await;
    assert!(
        eventually(|| async { !w.bot.desk.ratings(t.id).await.unwrap().is_empty() }).await,
        "the rating is recorded"
    );

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    let path = ticket_path(guild, t.no.0);
    let page = b.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let body = &page.body;
    for shown in [
        // The header.
        "<h1>Ticket #1: printer on fire</h1>",
        "<span class=\"chip status-closed\">closed</span>",
        "<th>Holder</th><td>agent-ann</td>",
        "<th>Owner</th><td>carol</td>",
        "after opening (<time",
        "★★★★☆",
        "4/5 from the owner",
        // The history, in words.
        "opened by carol",
        "claimed by agent-ann",
        "staff note added by agent-ann",
        "closed by agent-ann",
        "<ol class=\"timeline\">",
        // The messages: who, what kind, the text with its line breaks, links.
        "<strong>carol</strong> <span class=\"chip\">member</span>",
        "<strong>agent-ann</strong> <span class=\"chip\">agent</span>",
        "<div class=\"body\">It smokes.\nAnd beeps.</div>",
        "<a href=\"https://cdn.example/unplug.png\" rel=\"noopener noreferrer nofollow ugc\">",
        // The staff notes.
        "VIP customer, be kind",
        // The downloads.
        "/transcript.html\" download",
        "/transcript.md\" download",
    ] {
        assert!(body.contains(shown), "{shown}: {body}");
    }

    // The transcript, as files to save; the HTML one can run nothing.
    let html = b.get(&format!("{path}/transcript.html")).await;
    assert_eq!(html.status, 200, "{}", html.body);
    assert_eq!(
        header(&html, "content-disposition"),
        format!("attachment; filename=\"ticket-{guild}-1.html\"")
    );
    assert_eq!(
        header(&html, "content-security-policy"),
        "default-src 'none'; style-src 'unsafe-inline'"
    );
    assert!(header(&html, "content-type").starts_with("text/html"));
    assert!(html.body.starts_with("<!DOCTYPE html>"), "{}", html.body);
    assert!(html.body.contains("printer on fire"));
    let md = b.get(&format!("{path}/transcript.md")).await;
    assert_eq!(md.status, 200);
    assert_eq!(
        header(&md, "content-disposition"),
        format!("attachment; filename=\"ticket-{guild}-1.md\"")
    );
    assert!(header(&md, "content-type").starts_with("text/markdown"));
    assert!(
        md.body.starts_with("# Ticket #1: printer on fire"),
        "{}",
        md.body
    );

    // No such ticket.
    for missing in [
        "/tickets/2",
        "/tickets/0",
        "/tickets/abc",
        "/tickets/2/transcript.md",
    ] {
        let page = b.get(&format!("/g/{guild}{missing}")).await;
        assert_eq!(page.status, 404, "{missing}: {}", page.body);
    }
}

#[tokio::test]
async fn hostile_member_text_is_only_ever_text() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let thread = open_ticket(&w, "alice", hostile).await;
    w.emu.post_message(thread, w.user("alice"), hostile);
    assert!(w.settle(T).await);
    let no = ticket(&w, thread).await.no.0;

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    let q = serde_urlencoded::to_string([("q", hostile)]).unwrap();
    for path in [
        format!("/g/{guild}/tickets"),
        format!("/g/{guild}/tickets?{q}"),
        format!("/g/{guild}/tickets?tier=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ticket_path(guild, no),
    ] {
        let page = b.get(&path).await;
        assert!(page.status == 200 || page.status == 400, "{path}");
        assert!(
            page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{path}: {}",
            page.body
        );
        assert!(
            !page.body.contains("<script>alert"),
            "{path}: {}",
            page.body
        );
        assert!(!page.body.contains("<img"), "{path}: {}", page.body);
    }
    let found = b.get(&format!("/g/{guild}/tickets?{q}")).await;
    assert!(
        lists(&found, guild, no),
        "the search finds it: {}",
        found.body
    );
    let transcript = b
        .get(&format!("{}/transcript.html", ticket_path(guild, no)))
        .await;
    assert!(!transcript.body.contains("<script>alert"));
    assert!(!transcript.body.contains("<img"));
}

#[tokio::test]
async fn another_servers_tickets_are_never_shown() {
    let w = world_with(|s| s.with_second_server()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let [first, second] = w.servers()[..] else {
        panic!("two servers")
    };
    open_ticket(&w, "carol", "printer on fire").await;
    let alice = UserId(w.user("alice"));
    for topic in ["second server secret one", "second server secret two"] {
        w.bot
            .desk
            .open(
                OpenRequest {
                    guild: GuildId(second),
                    owner: alice,
                    opened_by: Actor::member(alice),
                    topic: topic.into(),
                    first_message: None,
                    thread: None,
                    interaction: None,
                    category: None,
                    answers: Vec::new(),
                },
                w.clock.now(),
            )
            .await
            .unwrap();
    }
    assert!(w.settle(T).await);

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, first).await;
    for path in [
        format!("/g/{second}/tickets"),
        format!("/g/{second}/tickets.csv"),
        ticket_path(second, 1),
        format!("{}/transcript.html", ticket_path(second, 1)),
        format!("{}/transcript.md", ticket_path(second, 2)),
        ticket_path(first, 2),
        format!("{}/transcript.html", ticket_path(first, 2)),
        format!("{}/transcript.md", ticket_path(first, 2)),
    ] {
        let page = b.get(&path).await;
        assert_eq!(page.status, 404, "{path}: {}", page.body);
        assert!(!page.body.contains("second server secret"), "{path}");
    }
    let own = b.get(&ticket_path(first, 1)).await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("printer on fire"));
    assert!(!own.body.contains("second server secret"));
    let all = list(&mut b, first, "").await;
    assert!(
        all.body.contains("<strong>1</strong> ticket"),
        "{}",
        all.body
    );
    assert!(!all.body.contains("second server secret"));
    let csv = b.get(&format!("/g/{first}/tickets.csv")).await;
    assert!(!csv.body.contains("second server secret"));
    assert_eq!(csv.body.lines().count(), 2, "{}", csv.body);
}

#[tokio::test]
async fn files_sent_in_a_ticket_are_linked_in_its_page_and_transcripts() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let thread = open_ticket(&w, "carol", "the invoice is wrong").await;
    w.emu.post_message_with_files(
        thread,
        w.user("carol"),
        "here it is",
        &[("invoice <1>.pdf", b"%PDF-1.4")],
    );
    assert!(w.settle(T).await);

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    let page = b.get(&ticket_path(guild, 1)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("here it is"), "{}", page.body);
    assert!(
        page.body
            .contains("href=\"https://cdn.discordapp.com/attachments/"),
        "the file is a link: {}",
        page.body
    );
    assert!(
        page.body.contains("invoice &lt;1&gt;.pdf"),
        "its name is text"
    );
    let md = b
        .get(&format!("{}/transcript.md", ticket_path(guild, 1)))
        .await;
    assert!(
        md.body.contains("https://cdn.discordapp.com/attachments/"),
        "{}",
        md.body
    );
}
