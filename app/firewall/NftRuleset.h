#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// Where a verdict came from: a rule by its handle, or a chain's policy (handle -1). nft prints
// handles with `nft -a list ruleset`, so an admin can find (and delete) exactly this rule.
struct NftRuleRef
{
    QString family;
    QString table;
    QString chain;
    qint64 handle = -1;

    bool operator==(const NftRuleRef&) const = default;
    bool isPolicy() const { return handle < 0; }
    bool isNull() const { return chain.isEmpty(); }
    // "inet filter input, rule handle 7" or "inet filter input, policy drop"-style text is built by the caller;
    // this is the part every message shares.
    QString chainText() const { return family + u' ' + table + u' ' + chain; }
};

struct NftRule
{
    qint64 handle = -1;
    QJsonArray statements; // the rule's "expr" array, evaluated by NftEvaluator
};

struct NftChain
{
    QString family;
    QString table;
    QString name;
    // Base chains only (a regular chain has no hook and is entered by jump/goto).
    QString type;
    QString hook;
    QString device; // netdev ingress chains
    int priority = 0;
    QString policy; // "accept" or "drop"
    QList<NftRule> rules;

    bool isBase() const { return !hook.isEmpty(); }
    NftRuleRef ref(qint64 handle = -1) const { return {family, table, name, handle}; }
};

struct NftSet
{
    QString family;
    QString table;
    QString name;
    QJsonArray elements; // as nft prints them: values, {"prefix":...}, {"range":...}, {"elem":{"val":...}}
    bool isMap = false;
};

// The nftables ruleset as `nft -j list ruleset` prints it (libnftables-json(5)): tables, chains with
// their rules in order, named sets. Only what the firewall check reads is kept; the rules' statements
// stay JSON, so that nothing the evaluator does not understand is lost on the way.
class NftRuleset
{
public:
    static Result<NftRuleset> fromJson(QByteArrayView json);

    const QList<NftChain>& chains() const { return m_chains; }
    const QStringList& tables() const { return m_tables; } // "family name", in nft's order
    const NftChain* chain(const QString& family, const QString& table, const QString& name) const;
    const NftSet* set(const QString& family, const QString& table, const QString& name) const;

    // A copy with `statements` as a new first rule of a chain (handle 0: not in the kernel). The
    // firewall planner uses it to see what an inserted rule would change before anything is inserted.
    NftRuleset withRuleInserted(const NftRuleRef& chain, const QJsonArray& statements) const;

private:
    QList<NftChain> m_chains;
    QList<NftSet> m_sets;
    QStringList m_tables;
};
