// Any visibility, and the empty prefix.
mod inner {
    use ids_core::{EntityId, Uuid};

    #[derive(EntityId)]
    #[entity_id(prefix = "job")]
    pub(crate) struct JobId(Uuid);

    #[derive(EntityId)]
    #[entity_id(prefix = "")]
    pub struct PlainId(pub Uuid);

    #[derive(EntityId)]
    #[entity_id(prefix = "audit_record")]
    struct AuditRecordId(Uuid);

    pub fn audit() -> String {
        AuditRecordId::new().to_string()
    }
}

fn main() {
    assert!(inner::JobId::new().to_string().starts_with("job_"));
    assert_eq!(inner::PlainId::new().to_string().len(), 26);
    assert!(inner::audit().starts_with("audit_record_"));
}
