//! Checks the demo digit classifier in `models/` against its test vectors.
//!
//! The model and the vectors are produced by `tools/train_digits.py`, whose
//! independent Python evaluator computed the expected outputs; the Rust
//! evaluator must reproduce them bit for bit.

use qmodel::{argmax, Model};

const MODEL: &[u8] = include_bytes!("../../../models/digits-64-32-10.qmd");
const VECTORS: &str = include_str!("../../../models/digits-test-vectors.json");

/// A test vector: `{"input": [..], "label": n, "output": [..], "class": n}`.
#[derive(Debug, Default)]
struct Vector {
	input: Vec<i8>,
	label: u32,
	output: Vec<i8>,
	class: u32,
}

/// The subset of JSON the vectors file uses.
#[derive(Debug)]
enum Json {
	Int(i64),
	Str(String),
	Array(Vec<Json>),
	Object(Vec<(String, Json)>),
}

/// A minimal JSON parser (integers, strings without escapes, arrays, objects).
struct Parser<'a> {
	bytes: &'a [u8],
	pos: usize,
}

impl Parser<'_> {
	fn skip_ws(&mut self) {
		while self.bytes.get(self.pos).is_some_and(u8::is_ascii_whitespace) {
			self.pos += 1;
		}
	}

	fn peek(&mut self) -> u8 {
		self.skip_ws();
		*self.bytes.get(self.pos).expect("unexpected end of JSON")
	}

	fn expect(&mut self, byte: u8) {
		assert_eq!(self.peek(), byte, "expected {:?} at {}", byte as char, self.pos);
		self.pos += 1;
	}

	/// Parses `open item (, item)* close`, calling `item` for each element.
	fn list(&mut self, open: u8, close: u8, mut item: impl FnMut(&mut Self)) {
		self.expect(open);
		if self.peek() == close {
			self.pos += 1;
			return;
		}
		loop {
			item(self);
			match self.peek() {
				b',' => self.pos += 1,
				b if b == close => {
					self.pos += 1;
					return;
				},
				b => panic!("unexpected {:?} at {}", b as char, self.pos),
			}
		}
	}

	fn string(&mut self) -> String {
		self.expect(b'"');
		let start = self.pos;
		while self.bytes[self.pos] != b'"' {
			assert_ne!(self.bytes[self.pos], b'\\', "escapes are not supported");
			self.pos += 1;
		}
		self.pos += 1;
		String::from_utf8(self.bytes[start..self.pos - 1].to_vec()).expect("utf-8")
	}

	fn value(&mut self) -> Json {
		match self.peek() {
			b'[' => {
				let mut items = Vec::new();
				self.list(b'[', b']', |p| items.push(p.value()));
				Json::Array(items)
			},
			b'{' => {
				let mut fields = Vec::new();
				self.list(b'{', b'}', |p| {
					let key = p.string();
					p.expect(b':');
					fields.push((key, p.value()));
				});
				Json::Object(fields)
			},
			b'"' => Json::Str(self.string()),
			_ => {
				let start = self.pos;
				if self.bytes[self.pos] == b'-' {
					self.pos += 1;
				}
				while self.bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
					self.pos += 1;
				}
				let text = std::str::from_utf8(&self.bytes[start..self.pos]).expect("utf-8");
				Json::Int(text.parse().unwrap_or_else(|_| panic!("bad number {text:?}")))
			},
		}
	}
}

fn parse_json(text: &str) -> Json {
	let mut parser = Parser { bytes: text.as_bytes(), pos: 0 };
	let value = parser.value();
	parser.skip_ws();
	assert_eq!(parser.pos, text.len(), "trailing characters in JSON");
	value
}

fn int(json: &Json) -> i64 {
	match json {
		Json::Int(n) => *n,
		other => panic!("expected an integer, got {other:?}"),
	}
}

fn i8_array(json: &Json) -> Vec<i8> {
	match json {
		Json::Array(items) => {
			items.iter().map(|v| i8::try_from(int(v)).expect("i8 value")).collect()
		},
		other => panic!("expected an array, got {other:?}"),
	}
}

fn load_vectors() -> Vec<Vector> {
	let Json::Array(items) = parse_json(VECTORS) else { panic!("vectors must be an array") };
	items
		.iter()
		.map(|item| {
			let Json::Object(fields) = item else { panic!("vector must be an object") };
			let mut vector = Vector::default();
			for (key, value) in fields {
				match key.as_str() {
					"input" => vector.input = i8_array(value),
					"output" => vector.output = i8_array(value),
					"label" => vector.label = u32::try_from(int(value)).expect("label"),
					"class" => vector.class = u32::try_from(int(value)).expect("class"),
					other => panic!("unknown field {other:?}"),
				}
			}
			vector
		})
		.collect()
}

#[test]
fn json_parser_handles_the_vector_syntax() {
	let json = parse_json(r#" [ {"a": [1, -2, 30], "b": -7}, [], {} ] "#);
	let Json::Array(items) = json else { panic!("not an array") };
	assert_eq!(items.len(), 3);
	let Json::Object(fields) = &items[0] else { panic!("not an object") };
	assert_eq!(fields[0].0, "a");
	assert_eq!(i8_array(&fields[0].1), vec![1, -2, 30]);
	assert_eq!(int(&fields[1].1), -7);
	assert!(matches!(&items[1], Json::Array(v) if v.is_empty()));
	assert!(matches!(&items[2], Json::Object(v) if v.is_empty()));
	assert!(matches!(parse_json(r#""x""#), Json::Str(s) if s == "x"));
}

#[test]
fn digits_model_shape() {
	let model = Model::parse(MODEL).expect("the demo model is valid");
	assert_eq!(model.input_len(), 64);
	assert_eq!(model.output_len(), 10);
	assert_eq!(model.layer_count(), 2);
	assert_eq!(model.macs(), 64 * 32 + 32 * 10);
	// Header, then two layers of (header + weights + i32 biases).
	assert_eq!(MODEL.len(), 7 + (4 + 64 * 32 + 4 * 32) + (4 + 32 * 10 + 4 * 10));
}

#[test]
fn digits_model_matches_test_vectors() {
	let model = Model::parse(MODEL).expect("the demo model is valid");
	let vectors = load_vectors();
	assert_eq!(vectors.len(), 20);

	let mut correct = 0;
	for (i, vector) in vectors.iter().enumerate() {
		assert_eq!(vector.input.len(), 64, "vector {i}: input length");
		assert!(
			vector.input.iter().all(|&p| (0..=112).contains(&p) && p % 7 == 0),
			"vector {i}: inputs must be pixel * 7"
		);
		let output = model.evaluate(&vector.input).expect("input has the right length");
		assert_eq!(output, vector.output, "vector {i}: output");
		let class = argmax(&output).expect("non-empty output");
		assert_eq!(class, vector.class, "vector {i}: class");
		if class == vector.label {
			correct += 1;
		}
	}
	assert!(correct >= 18, "only {correct} of 20 test vectors classified correctly");
}
