//! Native time of an honest inference on a committed model, with and without tracing, on a
//! synthetic model of about 10.5 million multiply-accumulates (4096 -> 2048 -> 1024 -> 10):
//!
//! ```sh
//! cargo run --release -p qmodel --example trace_overhead
//! ```
//!
//! Prints the median of 15 runs of each, their ratio (the target is at most 1.3), the
//! nanoseconds per multiply-accumulate, and the model's steps and trace size.

use qmodel::{committed, merkle::Hasher, synthetic, trace, Model};
use std::time::{Duration, Instant};

struct Blake2;
impl Hasher for Blake2 {
	fn hash(data: &[u8]) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(data)
	}
}

const RUNS: usize = 15;

fn median(mut times: Vec<Duration>) -> Duration {
	times.sort();
	times[times.len() / 2]
}

fn main() {
	let bytes = synthetic(4096, &[2048, 1024], 10);
	let model = Model::parse(&bytes).expect("a synthetic model is valid");
	let (manifest, chunks) = committed::split::<Blake2>(&model);
	let input: Vec<i8> = (0..4096).map(|i| ((i * 31) % 256 - 128) as i8).collect();
	let chunk = |i: u32| chunks.get(i as usize);

	// Interleaved, so that both see the same machine load.
	let (mut plain, mut traced) = (Vec::new(), Vec::new());
	let mut root = [0u8; 32];
	for _ in 0..RUNS {
		let start = Instant::now();
		let out = trace::evaluate::<Blake2, _>(&manifest, chunk, &input).expect("evaluates");
		plain.push(start.elapsed());
		let start = Instant::now();
		let t = trace::trace::<Blake2, _>(&manifest, chunk, &input).expect("traces");
		root = t.root::<Blake2>();
		traced.push(start.elapsed());
		assert_eq!(t.output, out);
	}
	let (plain, traced) = (median(plain), median(traced));
	let macs = manifest.macs();
	println!(
		"model: {macs} multiply-accumulates, {} steps, trace root {}",
		manifest.steps(),
		hex(&root)
	);
	println!(
		"TRACE_OVERHEAD plain_ns={} traced_ns={} ratio={:.3} ns_per_mac={:.3}",
		plain.as_nanos(),
		traced.as_nanos(),
		traced.as_secs_f64() / plain.as_secs_f64(),
		plain.as_nanos() as f64 / macs as f64,
	);
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
