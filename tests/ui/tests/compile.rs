//! Compile-time behaviour of `#[derive(EntityId)]`: the errors a user sees (checked against the
//! `.stderr` files next to each case) and the settings that must compile.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("fail/*.rs");
    cases.pass("pass/*.rs");
}
