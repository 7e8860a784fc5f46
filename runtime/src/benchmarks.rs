//! The pallets whose benchmarks the node's `benchmark pallet` command can run: the market, and
//! the SDK parts it is compared with. A balance transfer is the yardstick, so the transfer and
//! the transaction extensions every transaction pays for are measured on the same machine as
//! the market (their weights are in `weights/`).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_inference_market, InferenceMarket]
);

impl frame_system_benchmarking::Config for crate::Runtime {}
impl frame_benchmarking::baseline::Config for crate::Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
