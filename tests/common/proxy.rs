//! A loopback TCP proxy in front of PostgreSQL that the tests can cut: [`Proxy::down`] drops
//! every open connection and refuses new ones (as a server that went away), [`Proxy::up`]
//! lets them through again.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::net::{TcpListener, TcpStream};

pub struct Proxy {
    pub port: u16,
    up: Arc<AtomicBool>,
    /// Bumped on each cut: connections from before it end.
    generation: Arc<AtomicU64>,
    /// Connections being forwarded.
    live: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Forwards 127.0.0.1:`port` to `target` (`host:port`).
    pub async fn start(target: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let generation = Arc::new(AtomicU64::new(0));
        let live = Arc::new(AtomicUsize::new(0));
        let (u, g, l) = (up.clone(), generation.clone(), live.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else {
                    return;
                };
                // The generation first, then whether it is up: a cut between the two is seen.
                let born = g.load(Ordering::SeqCst);
                if !u.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let (target, g, l) = (target.clone(), g.clone(), l.clone());
                l.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    pipe(client, target, born, g).await;
                    l.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        Proxy {
            port,
            up,
            generation,
            live,
            task,
        }
    }

    /// The server is gone: new connections are refused, and open ones are cut (returns
    /// once they are).
    pub async fn down(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.generation.fetch_add(1, Ordering::SeqCst);
        while self.live.load(Ordering::SeqCst) > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }

    /// The server is back.
    pub fn up(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn pipe(mut client: TcpStream, target: String, born: u64, generation: Arc<AtomicU64>) {
    let Ok(mut server) = TcpStream::connect(&target).await else {
        return;
    };
    let cut = async {
        while generation.load(Ordering::SeqCst) == born {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    };
    tokio::select! {
        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
        () = cut => {}
    }
}
