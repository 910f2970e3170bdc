/** Who is calling: set on `request.user` by the global guard. */
export interface Principal {
  userId: string;
  scopes: string[];
  method: 'jwt' | 'header';
}
