//! `concierge sandbox --dashboard 0 --script FILE` as a user runs it: the script sets the
//! scene (a ticket), the banner names the dashboard's address and a one-time login link, the
//! dashboard stays up after the script: the link signs in and the overview shows the ticket.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test]
async fn the_sandbox_serves_the_dashboard_with_a_login_link() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("scene.txt");
    std::fs::write(&script, "/ticket open printer on fire\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(["sandbox", "--dashboard", "0", "--script"])
        .arg(&script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("DATABASE_URL")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the concierge binary runs");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut link = None;
    let mut line = String::new();
    while out.read_line(&mut line).unwrap() > 0 {
        if let Some(at) = line.find("http://127.0.0.1:") {
            if line[at..].contains("/login/link/") {
                link = Some(line[at..].trim().to_string());
                break;
            }
        }
        line.clear();
    }
    let link = link.expect("the banner prints a login link");
    // The script runs after the banner: wait until it is done.
    line.clear();
    while out.read_line(&mut line).unwrap() > 0 && !line.contains("The script is done") {
        line.clear();
    }
    assert!(
        line.contains("The script is done"),
        "the sandbox says the script is done"
    );
    let base = link[..link.find("/login/").unwrap()].to_string();

    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let login = http.get(format!("{base}/login")).send().await.unwrap();
    assert_eq!(login.status(), 200);
    assert!(login.text().await.unwrap().contains("Sign in with Discord"));
    let signed = http.post(&link).send().await.unwrap();
    assert_eq!(signed.status(), 303);
    let cookie = signed.headers()["set-cookie"].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_string();
    let to = signed.headers()["location"].to_str().unwrap().to_string();
    let page = http
        .get(format!("{base}{to}"))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let body = page.text().await.unwrap();
    assert!(body.contains("Concierge Sandbox"));
    assert!(
        body.contains("Tickets opened</div><div class=\"value\">1<"),
        "{body}"
    );
    child.kill().unwrap();
    child.wait().unwrap();
}
