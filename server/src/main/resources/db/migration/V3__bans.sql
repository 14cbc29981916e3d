-- Bans by character name (kind 'name', target: the name's key) or by IP addresses (kind
-- 'address', target: a CIDR block such as 203.0.113.0/24). expires_at null: permanent.
CREATE TABLE bans (
    kind       VARCHAR(8)   NOT NULL,
    target     VARCHAR(64)  NOT NULL,
    reason     VARCHAR(400) NOT NULL,
    banned_by  VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (kind, target)
);
