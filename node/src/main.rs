//! The inference-market node: BABE block authoring, GRANDPA finality, offchain workers with
//! HTTP, and the market's runtime.

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
