import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { UsersAdmin, type StaffUserRow } from '@/components/desk/users-admin';
import { requireStaffPage } from '@/lib/staff/guard';
import { getStaffRepository } from '@/lib/staff/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Usuários · Balcão' };

/** Admin: staff users. Only the fields the screen needs go to the browser (never the password hash). */
export default async function UsuariosPage() {
  const ctx = await requireStaffPage('admin', 'usuarios');
  const users: StaffUserRow[] = (await (await getStaffRepository()).listUsers()).map((u) => ({
    id: u.id,
    username: u.username,
    nome: u.nome,
    role: u.role,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
  }));
  return (
    <DeskShell ctx={ctx} title={DT.usuarios.title} testId="screen-usuarios">
      <UsersAdmin users={users} selfId={ctx.user.id} />
    </DeskShell>
  );
}
